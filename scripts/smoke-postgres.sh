#!/usr/bin/env bash
# Starts the production build on a fresh PostgreSQL database and checks health, home and an article.
# Usage: scripts/smoke-postgres.sh postgres://user@host:port/db   (needs a prior `npm run build`)
set -euo pipefail
BASE_URL="$1"
PORT="${SMOKE_PORT:-3230}"
DB="hallyu_smoke_$(date +%s)_$$"
DB_URL="${BASE_URL%/*}/$DB"
psql_base() { node -e "
  const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1] });
  c.connect().then(() => c.query(process.argv[2])).then(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); });
" "$BASE_URL" "$1"; }

psql_base "create database $DB"
LOG=$(mktemp)
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "smoke: port $PORT is already taken; set SMOKE_PORT"; exit 1; fi
# Its own process group, so cleanup stops the server and anything it started (killing only a wrapper
# such as npx once left an orphaned server holding the port).
set -m
DATABASE_URL="$DB_URL" SEED_DEMO_DATA=true DEMO_PASSWORD="smoke-$RANDOM-$RANDOM-demo" AUTH_TRUST_HOST=true SITE_URL="http://127.0.0.1:$PORT" NODE_ENV=production \
  npm start --silent -- -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 &   # the standalone server, as npm start runs it
SERVER=$!
set +m
cleanup() { kill -TERM -- "-$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; psql_base "drop database if exists $DB with (force)" || true; }
trap cleanup EXIT

for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && break
  sleep 1
done
health=$(curl -s "http://127.0.0.1:$PORT/api/health")
echo "health: $health"
grep -q '"status":"ok"' <<<"$health" || { cat "$LOG"; echo "smoke: health is not ok"; exit 1; }
# The app's own tables are in this database: it runs on PostgreSQL, not on an embedded fallback.
articles=$(node -e 'const { Client } = require("pg"); const c = new Client(process.argv[1]); c.connect().then(() => c.query("select count(*)::int as n from articles")).then((r) => { console.log(r.rows[0].n); return c.end(); })' "$DB_URL")
echo "articles in PostgreSQL: $articles"
[ "$articles" -ge 10 ] || { cat "$LOG"; echo "smoke: the seed did not reach PostgreSQL"; exit 1; }
home=$(curl -fs "http://127.0.0.1:$PORT/")
count=$(echo "$home" | grep -o 'href="/articles/[a-z0-9-]*"' | sort -u | wc -l)
echo "home page links to $count articles"
[ "$count" -ge 10 ] || { echo "smoke: expected at least 10 article links"; exit 1; }
article=$(curl -fs "http://127.0.0.1:$PORT/articles/moonlit-pharmacy-review")
grep -q "What works" <<<"$article" || { echo "smoke: article page did not render its body"; exit 1; }
echo "smoke: production server on PostgreSQL OK"
