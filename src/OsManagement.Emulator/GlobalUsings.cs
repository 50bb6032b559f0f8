// What nearly every file of the emulator uses: the framework basics, ASP.NET Core's endpoint types, and the two layers
// every API stands on (the fleet and its work, the HTTP plumbing). An API's own namespaces and wire types stay explicit
// in each file, so what one API takes from another shows where it is used.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.IO;
global using System.Linq;
global using System.Text;
global using System.Threading;
global using System.Threading.Tasks;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using OsManagement.Emulator.Fleet;
global using OsManagement.Emulator.Fleet.Work;
global using OsManagement.Emulator.Platform.Http;
