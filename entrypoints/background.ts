export default defineBackground(() => {
  // The engine is hosted here; see the extension issue for the message protocol.
});
