// Imported first: its mark is the moment the worker's script starts to run.
globalThis.performance?.mark?.('dz:worker-eval');
