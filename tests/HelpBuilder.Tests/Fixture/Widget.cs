namespace HelpFixture
{
    /// <summary>What Get-Widget outputs.</summary>
    public sealed class Widget
    {
        public string Id { get; set; } = "";
    }
}
