using System.Management.Automation;

namespace HelpFixture
{
    /// <summary>ShouldProcess (so -WhatIf and -Confirm), pipeline input by value and by property name.</summary>
    [Cmdlet(VerbsCommon.Remove, "Widget", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class RemoveWidgetCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public string Id { get; set; } = "";

        protected override void ProcessRecord()
        {
            if (ShouldProcess(Id)) WriteVerbose("removed " + Id);
        }
    }
}
