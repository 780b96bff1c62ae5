// V8 heap settings for the server process. Under a stream of API checks, V8's defaults let the main
// thread's young generation grow to 3 × 16 MB and its old space to about 150 MB before the first
// full collection: the resident memory rose by about 100 MB over 10,000 requests with 33 MB live
// (bench/api, --trace-gc). A 4 MB semi-space and a heap that grows by half rather than up to four
// times keep that growth to a few MB, for shorter young-generation pauses and more frequent, short
// (10–25 ms) full collections. npm start and npm run serve pass them (scripts/serve.ts); so do the
// end-to-end tests and the benchmarks. A process manager should too:
//   node --max-semi-space-size=4 --heap-growing-percent=50 app/server/index.ts
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=50'] as const;
