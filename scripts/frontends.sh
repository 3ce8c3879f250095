#!/usr/bin/env bash
# Installs npm dependencies and builds each front end that exists, only when something changed.
set -euo pipefail
for app in admin_spa driver_pwa; do
  [ -f "$app/package.json" ] || continue
  if [ ! -d "$app/node_modules" ] || [ "$app/package.json" -nt "$app/node_modules/.installed" ] \
     || { [ -f "$app/package-lock.json" ] && [ "$app/package-lock.json" -nt "$app/node_modules/.installed" ]; }; then
    echo "== npm install ($app)"
    if [ -f "$app/package-lock.json" ]; then
      # The lock file is the install: when it does not match package.json the build stops here
      # (run `npm install` in $app and commit the updated package-lock.json).
      (cd "$app" && npm ci --no-audit --no-fund) || {
        echo "== $app/package-lock.json does not match package.json: run 'npm install' in $app and commit the lock file" >&2
        exit 1
      }
    else
      (cd "$app" && npm install --no-audit --no-fund)
    fi
    touch "$app/node_modules/.installed"
  fi
  newest=$(find "$app" web_shared -path "$app/node_modules" -prune -o -path "$app/dist" -prune -o -type f -newer "$app/dist/index.html" -print 2>/dev/null | head -1 || true)
  newer_schema=$(find api/schema.graphql scripts/compress-assets.mjs scripts/check-initial-js.mjs -newer "$app/dist/index.html" 2>/dev/null || true)
  if [ ! -f "$app/dist/index.html" ] || [ -n "$newest" ] || [ -n "$newer_schema" ]; then
    echo "== npm run build ($app)"
    (cd "$app" && npm run build)
  fi
done

# `scripts/frontends.sh test`: the front ends' own checks (generated types current, type check, Vitest).
if [ "${1:-}" = "test" ]; then
  for app in admin_spa driver_pwa; do
    [ -f "$app/package.json" ] || continue
    echo "== front-end checks ($app)"
    (cd "$app" && npm run --if-present codegen:check && npm run --if-present typecheck && npm run --if-present test)
  done
fi
