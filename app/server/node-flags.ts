// V8 settings for the server process. Under a stream of API checks, V8 lets the main thread's old
// space grow to about four times what is live before its next full collection: the resident memory
// rose by about 100 MB over 10,000 checks with 33 MB live (bench/api, --trace-gc). Growing the heap
// by half instead keeps the rise to about 15–30 MB, at no measurable cost in CPU per request. (A
// smaller young generation, --max-semi-space-size=4, saved a little more memory but cost about a
// third more CPU per request, so the default stays.) npm start and npm run serve pass these flags
// (scripts/serve.ts); so do the end-to-end tests and the benchmarks. A process manager should too:
//   node --heap-growing-percent=50 app/server/index.ts
export const SERVER_NODE_FLAGS = ['--heap-growing-percent=50'] as const;
