// `npm run check:imports`: arrows point down (app → components → lib/actions → lib/dal → db). Fails on
// any import circle, and on any import from db/ into lib/ (the database layer depends on nothing above).
import madge from 'madge';

const ROOTS = ['app', 'components', 'lib', 'db', 'proxy.ts', 'instrumentation.ts', 'instrumentation-node.ts'];

async function main(): Promise<number> {
  const graph = await madge(ROOTS, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
  });
  const files = Object.keys(graph.obj());
  const circles = graph.circular();
  const upward = Object.entries(graph.obj()).flatMap(([from, to]) =>
    from.startsWith('db/') ? to.filter((target) => target.startsWith('lib/')).map((target) => `${from} → ${target}`) : [],
  );
  for (const circle of circles) console.error(`import circle: ${circle.join(' → ')} → ${circle[0]}`);
  for (const arrow of upward) console.error(`db/ imports from lib/: ${arrow}`);
  if (files.length < 50) {
    console.error(`only ${files.length} files were read: the import graph is incomplete`);
    return 1;
  }
  console.log(`imports: ${files.length} files, ${circles.length} circles, ${upward.length} imports from db/ into lib/`);
  return circles.length + upward.length > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
