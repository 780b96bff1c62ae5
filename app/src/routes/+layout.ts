// Public pages render on the server and work without JavaScript; a few small scripts enhance
// them (quick exit, quiz feedback). No client-side router is shipped.
export const csr = false;
