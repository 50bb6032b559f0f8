using HelpBuilder.Metadata;

namespace HelpBuilder.Tests.TestData;

/// <summary>A module with one cmdlet, as Export-CommandMetadata.ps1 writes it, and a full page for it.</summary>
internal static class Samples
{
    public const string MetadataJson = """
    {
      "moduleName": "OsManagement",
      "moduleVersion": "0.1.0",
      "commands": [
        {
          "name": "Get-OsmScheduledJob",
          "verb": "Get",
          "noun": "OsmScheduledJob",
          "helpFile": "OsManagement.dll-Help.xml",
          "supportsShouldProcess": true,
          "outputTypes": [ "OsManagement.OsmScheduledJob" ],
          "defaultParameterSet": "List",
          "parameterSets": [
            {
              "name": "ById",
              "isDefault": false,
              "parameters": [
                { "name": "Id", "typeFullName": "System.String[]", "typeName": "String[]", "isSwitch": false,
                  "mandatory": true, "position": 0, "valueFromPipeline": false, "valueFromPipelineByPropertyName": true,
                  "aliases": [ "ScheduledJobId" ], "helpMessage": null, "supportsWildcards": false, "validValues": [] },
                { "name": "WhatIf", "typeFullName": "System.Management.Automation.SwitchParameter", "typeName": "SwitchParameter", "isSwitch": true,
                  "mandatory": false, "position": null, "valueFromPipeline": false, "valueFromPipelineByPropertyName": false,
                  "aliases": [ "wi" ], "helpMessage": null, "supportsWildcards": false, "validValues": [] }
              ]
            },
            {
              "name": "List",
              "isDefault": true,
              "parameters": [
                { "name": "CompartmentId", "typeFullName": "System.String", "typeName": "String", "isSwitch": false,
                  "mandatory": false, "position": null, "valueFromPipeline": true, "valueFromPipelineByPropertyName": false,
                  "aliases": [], "helpMessage": null, "supportsWildcards": false, "validValues": [] },
                { "name": "DisplayName", "typeFullName": "System.String", "typeName": "String", "isSwitch": false,
                  "mandatory": false, "position": null, "valueFromPipeline": false, "valueFromPipelineByPropertyName": false,
                  "aliases": [], "helpMessage": null, "supportsWildcards": true, "validValues": [] },
                { "name": "State", "typeFullName": "System.String", "typeName": "String", "isSwitch": false,
                  "mandatory": false, "position": null, "valueFromPipeline": false, "valueFromPipelineByPropertyName": false,
                  "aliases": [], "helpMessage": null, "supportsWildcards": false, "validValues": [ "Active", "Deleted" ] },
                { "name": "Upcoming", "typeFullName": "System.Management.Automation.SwitchParameter", "typeName": "SwitchParameter", "isSwitch": true,
                  "mandatory": false, "position": null, "valueFromPipeline": false, "valueFromPipelineByPropertyName": false,
                  "aliases": [], "helpMessage": null, "supportsWildcards": false, "validValues": [] },
                { "name": "WhatIf", "typeFullName": "System.Management.Automation.SwitchParameter", "typeName": "SwitchParameter", "isSwitch": true,
                  "mandatory": false, "position": null, "valueFromPipeline": false, "valueFromPipelineByPropertyName": false,
                  "aliases": [ "wi" ], "helpMessage": null, "supportsWildcards": false, "validValues": [] }
              ]
            }
          ]
        }
      ]
    }
    """;

    /// <summary>
    /// A complete page. Its yaml blocks deliberately disagree with the metadata (Required: False for -Id,
    /// no pipeline input, Position: Named) so tests can show the MAML takes facts from the metadata.
    /// </summary>
    public const string Page = """
    ---
    external help file: OsManagement.dll-Help.xml
    Module Name: OsManagement
    online version: https://example.com/help/Get-OsmScheduledJob
    schema: 2.0.0
    ---

    # Get-OsmScheduledJob

    ## SYNOPSIS
    Gets scheduled jobs.

    ## SYNTAX

    ### List (Default)
    ```
    Get-OsmScheduledJob [-CompartmentId <String>] [-DisplayName <String>] [-Upcoming] [-WhatIf] [<CommonParameters>]
    ```

    ## DESCRIPTION
    The `Get-OsmScheduledJob` cmdlet gets **scheduled jobs**
    from a compartment.

    See [the service docs](https://docs.oracle.com/iaas/os-management/) for details.

    - one
    - two

    ## EXAMPLES

    ### Example 1: List the jobs of a compartment
    ```powershell
    PS C:\> Get-OsmScheduledJob -CompartmentId $c
    ```

    Lists every job.

    It streams them.

    ### Example 2: Get a job by id
    ```powershell
    Get-OsmScheduledJob -Id ocid1.job
    ```

    ## PARAMETERS

    ### -Id
    The OCIDs of the jobs.

    ```yaml
    Type: String[]
    Parameter Sets: ById
    Aliases:

    Required: False
    Position: Named
    Default value: None
    Accept pipeline input: False
    Accept wildcard characters: False
    ```

    ### -CompartmentId
    The compartment to list.

    ```yaml
    Type: String
    Parameter Sets: List
    Aliases:

    Required: False
    Position: Named
    Default value: The tenancy
    Accept pipeline input: False
    Accept wildcard characters: False
    ```

    ### -DisplayName
    A name filter.

    ```yaml
    Type: String
    Default value: None
    ```

    ### -State
    The state.

    ### -Upcoming
    Only jobs due to run.

    ### CommonParameters
    This cmdlet supports the common parameters. For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).

    ## INPUTS

    ### System.String
    A compartment id.

    ## OUTPUTS

    ### OsManagement.OsmScheduledJob
    One object per job.

    ## NOTES
    Jobs are listed newest first.

    ## RELATED LINKS

    [about_OsManagement](about_OsManagement.md)

    [Oracle docs](https://docs.oracle.com/iaas/os-management/)
    """;

    public const string About = """
    # about_OsManagement

    ## SHORT DESCRIPTION
    Manages OS updates and scheduled jobs on Oracle Cloud instances.

    ## LONG DESCRIPTION
    The OsManagement module wraps the OS Management service. This sentence is long enough that it must wrap at eighty columns.

    ### Connecting

    1. Run `Connect-Osm` once per session, with a profile name if it is not DEFAULT in the config file.
    2. Run any other cmdlet.

    ```powershell
    Connect-Osm -Profile DEFAULT
    ```

    ## SEE ALSO
    Get-Help Connect-Osm
    """;

    public static ModuleMetadata Module() => MetadataReader.Parse(MetadataJson);
}
