using System.IO;
using OsManagement.Oci.Config;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class ConfigFileTests
{
    private const string Sample = """
        # comment line
        ; another comment
        [DEFAULT]
        user = ocid1.user.oc1..default
        fingerprint=aa:bb:cc
        key_file = ~/.oci/key.pem
        tenancy = ocid1.tenancy.oc1..t
        region = us-ashburn-1

        [ADMIN]
        # a comment inside a profile
        user = ocid1.user.oc1..admin
        ; user = ocid1.user.oc1..commented
        region = eu-frankfurt-1
        pass_phrase = p#ss=word;x
          security_token_file = ~/.oci/sessions/ADMIN/token
        [RELATIVE]
        key_file = keys/rel.pem
        [PARENT]
        key_file = ../outside/key.pem
        [ABSOLUTE]
        key_file = /etc/oci/key.pem
        """;

    [Fact]
    public void A_session_token_asked_of_an_API_key_profile_names_the_commands_that_make_one()
    {
        // 'oci setup config' never writes security_token_file, so advising it could not be followed.
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path)).RequireSessionTokenFields());

        Assert.Contains("'security_token_file'", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("oci session authenticate --profile-name DEFAULT", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("-Profile", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("-AuthType ApiKey", error.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("oci setup config", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_API_key_profile_names_oci_setup_config()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", "[DEFAULT]\ntenancy = ocid1.tenancy.oc1..t\n");

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path)).RequireApiKeyFields());

        Assert.Contains("'user', 'fingerprint', 'key_file'", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("oci setup config", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_inherits_DEFAULT_values_and_overrides_its_own()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var admin = OciConfigFile.Load(path, "ADMIN", new FakeEnvironment(dir.Path));

        Assert.Equal("ocid1.user.oc1..admin", admin.User);
        Assert.Equal("eu-frankfurt-1", admin.Region);
        Assert.Equal("aa:bb:cc", admin.Fingerprint);
        Assert.Equal("ocid1.tenancy.oc1..t", admin.Tenancy);
        Assert.Equal(path, admin.FilePath);
        Assert.Equal("ADMIN", admin.ProfileName);
        Assert.Equal("aa:bb:cc", admin.Get("FINGERPRINT"));
        Assert.Null(admin.Get("no_such_key"));
    }

    [Fact]
    public void Comment_characters_start_comments_only_at_the_beginning_of_a_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var admin = OciConfigFile.Load(path, "ADMIN", new FakeEnvironment(dir.Path));

        // The commented-out user did not override the real one; # ; and = inside a value are kept.
        Assert.Equal("ocid1.user.oc1..admin", admin.User);
        Assert.Equal("p#ss=word;x", admin.PassPhrase);
    }

    [Fact]
    public void Tilde_is_expanded_in_key_file_and_security_token_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var admin = OciConfigFile.Load(path, "ADMIN", new FakeEnvironment(dir.Path));

        Assert.Equal(Path.Combine(dir.Path, ".oci", "key.pem"), admin.KeyFile);
        Assert.Equal(Path.Combine(dir.Path, ".oci", "sessions", "ADMIN", "token"), admin.SecurityTokenFile);
    }

    [Fact]
    public void Tilde_is_expanded_in_the_config_path_itself()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(Path.Combine("custom", "oci.ini"), Sample);

        var profile = OciConfigFile.Load("~/custom/oci.ini", null, new FakeEnvironment(dir.Path));

        Assert.Equal(path, profile.FilePath);
    }

    [Theory]
    [InlineData("RELATIVE", "keys/rel.pem")]
    [InlineData("PARENT", "../outside/key.pem")]
    public void Relative_key_file_is_taken_from_the_config_files_folder(string profileName, string written)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(Path.Combine("cfg", "config"), Sample);

        var profile = OciConfigFile.Load(path, profileName, new FakeEnvironment(dir.Path));

        Assert.Equal(Path.GetFullPath(Path.Combine(dir.Path, "cfg", written)), profile.KeyFile);
    }

    [Fact]
    public void Absolute_key_file_is_kept()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        Assert.Equal("/etc/oci/key.pem", OciConfigFile.Load(path, "ABSOLUTE", new FakeEnvironment(dir.Path)).KeyFile);
    }

    [Fact]
    public void Default_profile_is_DEFAULT()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var profile = OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path));

        Assert.Equal("DEFAULT", profile.ProfileName);
        Assert.Equal("ocid1.user.oc1..default", profile.User);
        Assert.Null(profile.PassPhrase);
    }

    [Fact]
    public void OCI_CLI_CONFIG_FILE_and_OCI_CLI_PROFILE_choose_file_and_profile()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        dir.Write(Path.Combine(".oci", "config"), "[DEFAULT]\nuser = from-home\n[ADMIN]\nuser = home-admin\n");
        var path = dir.Write(Path.Combine("elsewhere", "cfg"), Sample);
        env.Variables["OCI_CLI_CONFIG_FILE"] = path;
        env.Variables["OCI_CONFIG_FILE"] = Path.Combine(dir.Path, "not-this-one");
        env.Variables["OCI_CLI_PROFILE"] = "ADMIN";

        var profile = OciConfigFile.Load(null, null, env);

        Assert.Equal(path, profile.FilePath);
        Assert.Equal("ADMIN", profile.ProfileName);
        Assert.Equal("ocid1.user.oc1..admin", profile.User);
    }

    [Fact]
    public void OCI_CONFIG_FILE_is_used_when_OCI_CLI_CONFIG_FILE_is_not_set()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        dir.Write(Path.Combine(".oci", "config"), Sample);
        var path = dir.Write(Path.Combine("sdk", "config"), Sample);
        env.Variables["OCI_CONFIG_FILE"] = path;

        Assert.Equal(path, OciConfigFile.ResolveDefaultPath(env));
        Assert.Equal(path, OciConfigFile.Load(null, null, env).FilePath);
    }

    [Fact]
    public void Config_file_variable_may_start_with_a_tilde()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        var path = dir.Write(Path.Combine("sdk", "config"), Sample);
        env.Variables["OCI_CLI_CONFIG_FILE"] = "~/sdk/config";

        Assert.Equal(path, OciConfigFile.ResolveDefaultPath(env));
    }

    [Fact]
    public void Explicit_arguments_win_over_environment_variables()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        var path = dir.Write("config", Sample);
        env.Variables["OCI_CLI_CONFIG_FILE"] = Path.Combine(dir.Path, "missing");
        env.Variables["OCI_CLI_PROFILE"] = "ADMIN";

        var profile = OciConfigFile.Load(path, "DEFAULT", env);

        Assert.Equal(path, profile.FilePath);
        Assert.Equal("DEFAULT", profile.ProfileName);
    }

    [Fact]
    public void Default_path_is_oci_config_and_falls_back_to_oraclebmc_config()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        Assert.Null(OciConfigFile.ResolveDefaultPath(env));

        var fallback = dir.Write(Path.Combine(".oraclebmc", "config"), "[DEFAULT]\nuser = legacy\n");
        Assert.Equal(fallback, OciConfigFile.ResolveDefaultPath(env));
        Assert.Equal("legacy", OciConfigFile.Load(null, null, env).User);

        var primary = dir.Write(Path.Combine(".oci", "config"), "[DEFAULT]\nuser = current\n");
        Assert.Equal(primary, OciConfigFile.ResolveDefaultPath(env));
        Assert.Equal("current", OciConfigFile.Load(null, null, env).User);
    }

    [Fact]
    public void No_config_file_anywhere_is_a_clear_error()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(null, null, new FakeEnvironment(dir.Path)));

        Assert.Contains("~/.oci/config", error.Message);
        Assert.Contains("~/.oraclebmc/config", error.Message);
        Assert.Contains("OCI_CLI_CONFIG_FILE", error.Message);
    }

    [Fact]
    public void Missing_file_error_names_the_file()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "nope");

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Missing_file_named_by_OCI_CLI_CONFIG_FILE_is_named_in_the_error()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        dir.Write(Path.Combine(".oci", "config"), Sample);
        var path = Path.Combine(dir.Path, "typo");
        env.Variables["OCI_CLI_CONFIG_FILE"] = path;

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(null, null, env));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Missing_profile_error_names_file_profile_and_the_profiles_found()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, "PROD", new FakeEnvironment(dir.Path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("[PROD]", error.Message);
        Assert.Contains("ADMIN", error.Message);
        Assert.Contains("RELATIVE", error.Message);
    }

    [Fact]
    public void Profile_named_by_OCI_CLI_PROFILE_that_does_not_exist_is_named()
    {
        using var dir = new TempDirectory();
        var env = new FakeEnvironment(dir.Path);
        var path = dir.Write("config", Sample);
        env.Variables["OCI_CLI_PROFILE"] = "STAGING";

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, null, env));

        Assert.Contains("[STAGING]", error.Message);
    }

    [Fact]
    public void Malformed_line_error_names_file_and_line_but_not_its_content()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", "[DEFAULT]\nuser = u\nsecretpassphrasewithoutequals\n");

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("Line 3", error.Message);
        Assert.DoesNotContain("secretpassphrase", error.Message);
    }

    [Fact]
    public void Key_before_any_profile_is_an_error_naming_the_key()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", "user = u\n[DEFAULT]\n");

        var error = Assert.Throws<OciConfigException>(() => OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path)));

        Assert.Contains("'user'", error.Message);
        Assert.Contains("before any [profile]", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void RequireApiKeyFields_names_every_missing_key_the_file_and_the_profile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", "[DEFAULT]\nregion = us-ashburn-1\n[P]\nuser = u\nfingerprint =\n");
        var profile = OciConfigFile.Load(path, "P", new FakeEnvironment(dir.Path));

        var error = Assert.Throws<OciConfigException>(profile.RequireApiKeyFields);

        // An empty value counts as missing.
        Assert.Contains("'fingerprint', 'key_file', 'tenancy'", error.Message);
        Assert.DoesNotContain("'user'", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains("[P]", error.Message);
    }

    [Fact]
    public void RequireApiKeyFields_accepts_a_complete_profile_whose_keys_come_from_DEFAULT()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        OciConfigFile.Load(path, "ADMIN", new FakeEnvironment(dir.Path)).RequireApiKeyFields();
    }

    [Fact]
    public void RequireSessionTokenFields_names_the_missing_token_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", Sample);

        var error = Assert.Throws<OciConfigException>(OciConfigFile.Load(path, "DEFAULT", new FakeEnvironment(dir.Path)).RequireSessionTokenFields);

        Assert.Contains("'security_token_file'", error.Message);
        Assert.Contains("[DEFAULT]", error.Message);
    }

    [Fact]
    public void Windows_line_endings_and_spaces_around_section_names_are_accepted()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", "[ DEFAULT ]\r\nuser = u1\r\nregion = phx\r\n");

        var profile = OciConfigFile.Load(path, null, new FakeEnvironment(dir.Path));

        Assert.Equal("u1", profile.User);
        Assert.Equal("phx", profile.Region);
    }

    [Fact]
    public void A_profile_repeated_in_the_file_is_merged_and_later_values_win()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("config", "[A]\nuser = first\nregion = iad\n[B]\nuser = b\n[A]\nuser = second\n");

        var profile = OciConfigFile.Load(path, "A", new FakeEnvironment(dir.Path));

        Assert.Equal("second", profile.User);
        Assert.Equal("iad", profile.Region);
    }
}
