// Readiness, for a load balancer deciding whether to send traffic here: the database answers, and since
// the database opens only after its migrations are applied, they are. The same answer as /api/health.
export { GET } from '../route';
