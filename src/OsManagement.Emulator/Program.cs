// Placeholder entry point; the emulator proper is built in its own change.
return 0;
