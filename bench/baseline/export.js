// Scenario 5 baseline: what a user would otherwise write. Segment's official TypeScript SDK
// (@segment/public-api-sdk-typescript) pointed at the sandbox, one request after another, each
// stream's records written to a JSON file. The streams, their parents and page size come from the
// plan segsync's bench writes from its catalog (the same list endpoints the segsync run used).
//
//   SEGSYNC_BENCH_TOKEN=... node export.js plan.json OUT_DIR
// Prints one line: bench-result {"wallNanos":..,"requests":..,"rows":..,"errors":[..]}
'use strict';
const fs = require('fs');
const path = require('path');
const PublicAPI = require('@segment/public-api-sdk-typescript');

function paramNames(fn) {
  const src = fn.toString();
  const inside = src.slice(src.indexOf('(') + 1, src.indexOf(')'));
  return inside.split(',').map((s) => s.trim().split('=')[0].trim()).filter((s) => s.length > 0);
}

function findMethod(apis, operationId) {
  for (const api of Object.values(apis)) {
    if (typeof api[operationId] === 'function') {
      return { api, fn: api[operationId] };
    }
  }
  return null;
}

async function main() {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const outDir = process.argv[3];
  fs.mkdirSync(outDir, { recursive: true });
  const apis = PublicAPI.configureApis(process.env.SEGSYNC_BENCH_TOKEN);
  for (const api of Object.values(apis)) {
    api.basePath = plan.baseUrl;
  }
  const started = process.hrtime.bigint();
  const keys = {}; // stream -> parent key values its children need
  let requests = 0;
  let rows = 0;
  const errors = [];
  await PublicAPI.unwrap(apis.workspaces.getWorkspace());
  requests++;
  for (const stream of plan.streams) {
    const found = findMethod(apis, stream.operationId);
    if (!found) {
      errors.push(stream.name + ': the SDK has no ' + stream.operationId);
      continue;
    }
    const names = paramNames(found.fn);
    const parents = stream.parent ? (keys[stream.parent.stream] || []) : [null];
    const file = fs.openSync(path.join(outDir, stream.name + '.json'), 'w');
    fs.writeSync(file, '[');
    let first = true;
    const wanted = [];
    try {
      for (const parentKey of parents) {
        let cursor;
        do {
          const args = names.map((n) => {
            if (n === 'options') return undefined;
            if (n === 'pagination') return cursor ? { count: stream.count, cursor } : { count: stream.count };
            if (stream.parent && n === stream.parent.pathParam) return parentKey;
            return stream.query ? stream.query[n] : undefined;
          });
          const body = await PublicAPI.unwrap(found.fn.apply(found.api, args));
          requests++;
          const items = (body && body[stream.listKey]) || [];
          for (const item of items) {
            fs.writeSync(file, (first ? '' : ',') + JSON.stringify(item));
            first = false;
            rows++;
            if (plan.parentFields[stream.name]) {
              wanted.push(item[plan.parentFields[stream.name]]);
            }
          }
          const next = body && body.pagination ? body.pagination.next : undefined;
          cursor = names.includes('pagination') && next ? next : undefined;
        } while (cursor);
      }
      keys[stream.name] = wanted;
    } catch (e) {
      errors.push(stream.name + ': ' + (e.statusCode || '') + ' ' + (e.message || e));
    } finally {
      fs.writeSync(file, ']');
      fs.closeSync(file);
    }
  }
  const wallNanos = Number(process.hrtime.bigint() - started);
  console.log('bench-result ' + JSON.stringify({ wallNanos, requests, rows, errors }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
