// The emulator's entry point; everything else lives in Platform/Startup/EmulatorHost.
return await OsManagement.Emulator.Platform.Startup.EmulatorHost.RunAsync(args);
