#!/usr/bin/env bash
# A production install has no dev dependencies (no tsx): the operator tools must run from the bundles
# `npm run build` made. Copies the committed files and the build to a temporary folder, installs with
# `npm ci --omit=dev`, and runs db:migrate, admin:create, db:backup and db:restore there (embedded
# database), and db:migrate against PostgreSQL when a URL is given.
# Usage: scripts/check-production-install.sh [postgres://…]   (needs a prior `npm run build`)
set -euo pipefail
PG_BASE="${1:-}"
[ -f .next/standalone/tools/migrate.mjs ] || { echo "no build: run npm run build first"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
git ls-files -z | xargs -0 cp --parents -t "$dir"
cp -r .next "$dir/.next"
cd "$dir"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --omit=dev --no-audit --no-fund --loglevel=error
[ ! -e node_modules/tsx ] || { echo "tsx is installed: not a production install"; exit 1; }
export PGLITE_DATA_DIR="$dir/data/pglite" DATABASE_URL=
npm run --silent db:migrate
ADMIN_PASSWORD="owner-$RANDOM-$RANDOM-passphrase" npm run --silent admin:create -- --email owner@hallyu.test --name Owner
npm run --silent db:backup -- --out "$dir/data/backup.tar.gz"
restored=$(npm run --silent db:restore -- "$dir/data/backup.tar.gz")
echo "$restored"
grep -q "1 accounts" <<<"$restored" || { echo "the restored database does not hold the admin"; exit 1; }
if [ -n "$PG_BASE" ]; then
  db="hallyu_prodinstall_$$"
  node -e "const { Client } = require('pg'); const c = new Client(process.argv[1]); c.connect().then(() => c.query('create database $db')).then(() => c.end())" "$PG_BASE"
  DATABASE_URL="${PG_BASE%/*}/$db" npm run --silent db:migrate
  DATABASE_URL="${PG_BASE%/*}/$db" ADMIN_PASSWORD="owner-$RANDOM-$RANDOM-passphrase" npm run --silent admin:create -- --email owner@hallyu.test
  node -e "const { Client } = require('pg'); const c = new Client(process.argv[1]); c.connect().then(() => c.query('drop database $db with (force)')).then(() => c.end())" "$PG_BASE"
fi
echo "operator tools work without dev dependencies"
