using System;
using System.Management.Automation;

namespace OsManagement.Commands;

/// <summary>Stop-OsmEmulator: stops exactly the emulator process Start-OsmEmulator started, and removes its temporary folder.</summary>
[Cmdlet(VerbsLifecycle.Stop, "OsmEmulator", SupportsShouldProcess = true)]
[OutputType(typeof(OsmEmulator))]
public sealed class StopOsmEmulatorCommand : PSCmdlet
{
    /// <summary>The emulator, as Start-OsmEmulator returned it.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public OsmEmulator Emulator { get; set; } = null!;

    /// <summary>Writes the stopped emulator to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"{Emulator.Endpoint} (process {Emulator.ProcessId})", "Stop the emulator"))
        {
            return;
        }
        Emulator.Running.Stop(TimeSpan.FromSeconds(10));
        if (PassThru)
        {
            WriteObject(Emulator);
        }
    }
}
