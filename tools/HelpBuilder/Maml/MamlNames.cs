using System.Xml.Linq;

namespace HelpBuilder.Maml;

/// <summary>The XML namespaces of MAML command help, as PowerShell's own help files declare them.</summary>
public static class MamlNames
{
    public static readonly XNamespace HelpItemsNs = "http://msh";
    public static readonly XNamespace MamlNs = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace CommandNs = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace DevNs = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelpNs = "http://msdn.microsoft.com/mshelp";
}
