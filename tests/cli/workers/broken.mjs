// A worker whose module cannot load, as when the bundle is broken.
throw new Error('cannot load the engine');
