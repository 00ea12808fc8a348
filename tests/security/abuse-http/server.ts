// Starts the production server the abuse suite attacks, with the limits a production deployment has
// (nothing lifted), and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { ensureBuild, startServer, SUITE_DEMO_PASSWORD } from '../../../scripts/lib/production-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
    database: string;
  }
}

export default async function setup(project: TestProject) {
  ensureBuild();
  const server = await startServer(Number(process.env.ABUSE_PORT ?? 3290), {}, process.env.DATABASE_URL || null);
  project.provide('baseUrl', server.url);
  project.provide('demoPassword', SUITE_DEMO_PASSWORD);
  project.provide('database', server.database);
  console.log(`abuse suite: production server on ${server.database} at ${server.url}`);
  return async () => {
    await server.stop();
  };
}
