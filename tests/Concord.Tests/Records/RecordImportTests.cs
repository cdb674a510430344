using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Core.Data;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Concord.Tests.Records.RecordTestData;

namespace Concord.Tests.Records;

/// <summary>Imports and exports through the API on both databases: UN list re-import, STIX round trip, malformed files change nothing.</summary>
public sealed class RecordImportTests
{
    private static string UnList()
    {
        using var gz = new GZipStream(File.OpenRead(Path.Combine(TestPaths.RepositoryRoot, "data", "demo", "un-consolidated.xml.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string format, byte[] body, string query = "")
    {
        using var content = new ByteArrayContent(body);
        return await client.PostAsync($"/api/v1/records/imports/{format}?owner=rats-executive-committee{query}", content);
    }

    private static Task<int> CountAsync(TestNode node, string? status = null) => node.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ConcordDbContext>();
        return status is null ? await db.Records.CountAsync() : await db.Records.CountAsync(r => r.Status == status);
    });

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task The_UN_list_imports_and_a_reimport_after_a_delisting_withdraws_the_entry_and_updates_the_changed_one(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        using var rats = await WebSession.ApiClientAsync(node, "rats.analyst");
        var xml = UnList();
        var first = await ImportAsync(rats, "un-list", Encoding.UTF8.GetBytes(xml));
        var body = await first.Content.ReadAsStringAsync();
        Assert.True(first.IsSuccessStatusCode, body);
        var outcome = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1003, outcome.GetProperty("created").GetInt32());
        Assert.Equal(1003, await CountAsync(node, "active"));

        var before = await SearchAsync(rats, new { name = "ERIC BADEGE", purpose = "UN list check" });
        Assert.NotEmpty(before.GetProperty("hits").EnumerateArray());

        // CDi.001 is delisted; CDi.002 gets a new alias.
        var start = xml.IndexOf("<INDIVIDUAL>\n      <DATAID>6907993</DATAID>", StringComparison.Ordinal);
        var end = xml.IndexOf("</INDIVIDUAL>", start, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        var changed = xml.Remove(start, end - start)
            .Replace("<ALIAS_NAME>AIGLE BLANC</ALIAS_NAME>", "<ALIAS_NAME>AIGLE NOIR</ALIAS_NAME>", StringComparison.Ordinal);
        var second = await ImportAsync(rats, "un-list", Encoding.UTF8.GetBytes(changed));
        var again = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("updated").GetInt32());
        Assert.Equal(1, again.GetProperty("withdrawn").GetInt32());
        Assert.Equal(1001, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(1002, await CountAsync(node, "active"));
        Assert.Equal(1, await CountAsync(node, "withdrawn"));

        var after = await SearchAsync(rats, new { name = "ERIC BADEGE", purpose = "UN list check" });
        Assert.DoesNotContain(after.GetProperty("hits").EnumerateArray(), h => h.GetProperty("name").GetString() == "ERIC BADEGE");
        Assert.NotEmpty((await SearchAsync(rats, new { name = "AIGLE NOIR", purpose = "UN list check" })).GetProperty("hits").EnumerateArray());

        // Relisting restores the same record with its history.
        var third = JsonDocument.Parse(await (await ImportAsync(rats, "un-list", Encoding.UTF8.GetBytes(xml))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, third.GetProperty("restored").GetInt32());
        Assert.Equal(1003, await CountAsync(node));
    }

    public static TheoryData<string, string, string> MalformedFiles() => new()
    {
        { "un-list", "truncated", "line " },
        { "un-list", "latin1", "line " },
        { "un-list", "huge-name", "text-too-long" },
        { "un-list", "not-the-list", "CONSOLIDATED_LIST" },
        { "un-list", "doctype", "line " },
        { "csv", "unclosed-quote", "line 3" },
        { "csv", "latin1", "line 2" },
        { "csv", "unknown-column", "unknown column" },
        { "csv", "bad-date", "line 2" },
        { "stix", "truncated", "line " },
        { "stix", "bad-id", "$.objects[0].id" },
        { "stix", "bad-pattern", "$.objects[1].pattern" },
        { "stix", "not-a-bundle", "bundle" },
    };

    private static byte[] Malformed(string format, string variant)
    {
        var person = "names,birth_dates,nationalities,documents,legal_basis,purpose,evaluation\n";
        return (format, variant) switch
        {
            ("un-list", "truncated") => Encoding.UTF8.GetBytes(UnList()[..50_000]),
            ("un-list", "latin1") => Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOSÉ MÜLLER</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"),
            ("un-list", "huge-name") => Encoding.UTF8.GetBytes("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER><FIRST_NAME>" + new string('A', 100_000) + "</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"),
            ("un-list", "not-the-list") => Encoding.UTF8.GetBytes("<html><body>hello</body></html>"),
            ("un-list", "doctype") => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>"),
            ("csv", "unclosed-quote") => Encoding.UTF8.GetBytes(person + "Ivan Petrov,1970,RU,,Warrant,Arrest,B2\n\"Sergei Ivanov,1971,RU,,Warrant,Arrest,B2\n"),
            ("csv", "latin1") => [.. Encoding.UTF8.GetBytes(person), .. Encoding.Latin1.GetBytes("José Müller,1970,ES,,Warrant,Arrest,B2\n")],
            ("csv", "unknown-column") => Encoding.UTF8.GetBytes("names,religion\nIvan,x\n"),
            ("csv", "bad-date") => Encoding.UTF8.GetBytes(person + "Ivan Petrov,1970-13-45,RU,,Warrant,Arrest,B2\n"),
            ("stix", "truncated") => Encoding.UTF8.GetBytes("{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[{\"type\":\"threat-actor\","),
            ("stix", "bad-id") => Encoding.UTF8.GetBytes("{\"type\":\"bundle\",\"objects\":[{\"type\":\"threat-actor\",\"id\":\"threat-actor--nope\",\"name\":\"X\"}]}"),
            ("stix", "bad-pattern") => Encoding.UTF8.GetBytes("{\"type\":\"bundle\",\"objects\":[\n{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"intrusion-set--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061\",\"name\":\"Group\"},\n{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"pattern\":\"[ipv4-addr:value = '1.2.3.4']\",\"pattern_type\":\"stix\"}]}"),
            _ => Encoding.UTF8.GetBytes("{\"type\":\"report\"}"),
        };
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Malformed_files_are_refused_with_the_place_and_reason_and_change_nothing(string format, string variant, string expected)
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var rats = await WebSession.ApiClientAsync(node, "rats.analyst");
        await CreateAsync(rats, Person("Existing Person"));
        var auditBefore = await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().AuditEntries.CountAsync(e => e.Action == "record.import"));

        var response = await ImportAsync(rats, format, Malformed(format, variant),
            format == "csv" ? "&kind=person&legalBasis=Warrant&purpose=Arrest" : "&legalBasis=Designation&purpose=Countering%20terrorism");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(node));
        Assert.Equal(auditBefore, await node.InScopeAsync(async sp => await sp.GetRequiredService<ConcordDbContext>().AuditEntries.CountAsync(e => e.Action == "record.import")));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_among_good_ones_imports_nothing()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var kz = await WebSession.ApiClientAsync(node, "kz.officer");
        var csv = "id,names,birth_dates,nationalities,documents,legal_basis,purpose,evaluation,handling\n"
            + "p1,Ivan Petrov|Иван Петров,1970-01-02,RU,passport:45 0001:RU,Warrant 1,Arrest,B2,H0\n"
            + "p2,Sergei Ivanov,1971,RU,,Warrant 2,Arrest,B2,H9\n";
        var response = await kz.PostAsync("/api/v1/records/imports/csv?kind=person", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 3", body, StringComparison.Ordinal);
        Assert.Contains("handling-code-invalid", body, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(node));

        var fixedCsv = csv.Replace(",H9", ",H1", StringComparison.Ordinal);
        var ok = await kz.PostAsync("/api/v1/records/imports/csv?kind=person", new StringContent(fixedCsv, Encoding.UTF8, "text/csv"));
        Assert.True(ok.IsSuccessStatusCode, await ok.Content.ReadAsStringAsync());
        Assert.Equal(2, await CountAsync(node));
        var again = JsonDocument.Parse(await (await kz.PostAsync("/api/v1/records/imports/csv?kind=person", new StringContent(fixedCsv, Encoding.UTF8, "text/csv"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_STIX_export_imports_into_another_node_unchanged(StorageKind kind)
    {
        await using var source = await TestNode.StartAsync(kind);
        await using var target = await TestNode.StartAsync(kind == StorageKind.Sqlite ? StorageKind.Postgres : StorageKind.Sqlite);
        using var kz = await WebSession.ApiClientAsync(source, "kz.officer");
        var person = await CreateAsync(kz, Person("Нурлан Ахметов", "H1", "listed-states", ["KZ", "KG"], aliases: ["Nurlan Akhmetov"]));
        var organisation = await CreateAsync(kz, Organisation("«Қара таң» ұйымы", "H3"));
        var material = await CreateAsync(kz, new Core.Records.RecordDraft
        {
            Kind = "material", HandlingCode = "H2", Evaluation = "A1", Distribution = "rats-only", LegalBasis = "Court decision", Purpose = "Blocking",
            ReviewDate = InAYear,
            Details = new Core.Records.RecordDetails { Url = "https://bad.invalid/it's", MaterialKind = "website", Blocking = [new("KZ", "blocked", "2024-01-01")] },
        });
        var incident = await CreateAsync(kz, new Core.Records.RecordDraft
        {
            Kind = "incident", HandlingCode = "H0", Evaluation = "B3", LegalBasis = "Criminal case", Purpose = "Investigation", ReviewDate = InAYear,
            Details = new Core.Records.RecordDetails
            {
                Names = [new("Attack at the border post")], IncidentDate = "2014-01-23", Place = "Jeti-Oguz", IncidentKind = "armed attack", Killed = 1, Injured = 2,
                LinkedRecords = [person.GetProperty("id").GetString()!, organisation.GetProperty("id").GetString()!],
            },
        });
        var export = await kz.GetAsync("/api/v1/records/export/stix?owner=kz-mvd&purpose=round%20trip");
        var bundle = await export.Content.ReadAsByteArrayAsync();
        Assert.True(export.IsSuccessStatusCode, Encoding.UTF8.GetString(bundle));
        var objects = JsonDocument.Parse(bundle).RootElement.GetProperty("objects").EnumerateArray().ToList();
        Assert.Contains(objects, o => o.GetProperty("type").GetString() == "indicator" && o.GetProperty("pattern").GetString() == "[url:value = 'https://bad.invalid/it\\'s']");
        Assert.Contains(objects, o => o.GetProperty("type").GetString() == "report");
        Assert.Equal(2, objects.Count(o => o.GetProperty("type").GetString() == "threat-actor"));

        using var admin = await WebSession.ApiClientAsync(target, "kz.officer");
        var imported = await admin.PostAsync("/api/v1/records/imports/stix", new ByteArrayContent(bundle));
        var outcome = await imported.Content.ReadAsStringAsync();
        Assert.True(imported.IsSuccessStatusCode, outcome);
        Assert.Equal(4, JsonDocument.Parse(outcome).RootElement.GetProperty("created").GetInt32());

        foreach (var original in new[] { person, organisation, material, incident })
        {
            var id = original.GetProperty("id").GetString();
            var copy = await admin.GetFromJsonAsync<JsonElement>("/api/v1/records/" + id + "?purpose=round%20trip");
            foreach (var field in new[] { "kind", "owner", "ownerState", "handlingCode", "handlingConditions", "evaluation", "distribution", "legalBasis", "purpose", "reviewDate" })
            {
                Assert.Equal(original.GetProperty(field).GetRawText(), copy.GetProperty(field).GetRawText());
            }
            Assert.Equal(original.GetProperty("distributionStates").GetRawText(), copy.GetProperty("distributionStates").GetRawText());
            Assert.Equal(original.GetProperty("details").GetRawText(), copy.GetProperty("details").GetRawText());
        }
        var second = await (await admin.GetAsync("/api/v1/records/export/stix?owner=kz-mvd")).Content.ReadAsByteArrayAsync();
        var records = JsonDocument.Parse(second).RootElement.GetProperty("objects").EnumerateArray()
            .Where(o => o.TryGetProperty("extensions", out _)).Select(o => o.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(objects.Where(o => o.TryGetProperty("extensions", out _)).Select(o => o.GetProperty("id").GetString()).Order(StringComparer.Ordinal), records);
    }
}
