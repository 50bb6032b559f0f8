using System;
using System.Management.Automation;

namespace HelpFixture
{
    /// <summary>Two parameter sets, a positional pipeline parameter with an alias, a wildcard, a ValidateSet, a switch.</summary>
    [Cmdlet(VerbsCommon.Get, "Widget", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(Widget))]
    public sealed class GetWidgetCommand : PSCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("WidgetId")]
        public string[] Id { get; set; } = Array.Empty<string>();

        [Parameter(ParameterSetName = ListSet)]
        [SupportsWildcards]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Red", "Blue")]
        public string? Color { get; set; }

        [Parameter]
        public DateTime? Since { get; set; }

        [Parameter]
        public SwitchParameter Detailed { get; set; }

        protected override void ProcessRecord() => WriteObject(new Widget { Id = "w1" });
    }
}
