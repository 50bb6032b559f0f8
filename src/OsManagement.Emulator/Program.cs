// The emulator's entry point; everything else lives in Startup/EmulatorHost.
return await OsManagement.Emulator.Startup.EmulatorHost.RunAsync(args);
