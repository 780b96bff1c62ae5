// The checker runs in the reader's browser: this page hydrates (every other public page renders
// without JavaScript). Without JavaScript its form posts to the server instead (+page.server.ts).
export const csr = true;
