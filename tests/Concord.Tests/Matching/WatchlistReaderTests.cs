using Concord.Matching.Model;
using Concord.Matching.Watchlists;

namespace Concord.Tests.Matching;

public sealed class WatchlistReaderTests : IDisposable
{
    private readonly string _dir = System.IO.Directory.CreateTempSubdirectory("concord-lists-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Csv_watchlist_is_read_with_aliases_dates_nationalities_and_types()
    {
        var path = Write("list.csv", "id,name,aliases,birth_date,nationality,type\n1,Ivan Petrov,\"Petrov, Ivan;Иван Петров\",1970-01-02,RU,person\n2,Romashka LLC,,2001,,organization\n");
        var result = WatchlistReader.Read(path);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Items.Count);
        var ivan = result.Items[0];
        Assert.Equal(["Ivan Petrov", "Petrov, Ivan", "Иван Петров"], ivan.Names.Select(n => n.Text));
        Assert.Equal(new PartialDate(1970, 1, 2), ivan.BirthDates[0]);
        Assert.Equal(["RU"], ivan.Nationalities);
        Assert.Equal(EntityKind.Person, ivan.Kind);
        Assert.Equal(EntityKind.Organization, result.Items[1].Kind);
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_and_line_and_skipped()
    {
        var path = Write("bad.tsv", "id\tname\tbirth_date\tnationality\n1\tGood Name\t1970\tRU\n2\t\t\t\n3\tBad Date\t19-70\t\n4\tBad Country\t\tXX\n5\tAlso Good\t\t\n");
        var result = WatchlistReader.Read(path);
        Assert.Equal(["1", "5"], result.Items.Select(e => e.Id));
        Assert.Equal(["bad.tsv:3: name is empty (id 2)", "bad.tsv:4: birth_date '19-70' is not an ISO date (YYYY-MM-DD) or year", "bad.tsv:5: nationality 'XX' is not an ISO 3166-1 alpha-2 code or a known country name"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Strict_reading_stops_at_the_first_bad_row()
    {
        var path = Write("strict.csv", "id,name\n1,A B\n,Missing Id\n3,C D\n");
        var result = WatchlistReader.Read(path, strict: true);
        Assert.Single(result.Items);
        Assert.Equal("strict.csv:3: id is empty", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_header_without_id_and_name_fails_the_file()
    {
        var result = WatchlistReader.Read(Write("nohead.csv", "x,y\n1,2\n"));
        Assert.True(result.Failed);
        Assert.Equal("nohead.csv:1: the header must name the columns id and name", result.Errors[0].ToString());
    }

    [Fact]
    public void Un_xml_is_read_with_aliases_original_script_dates_and_documents()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST>
              <INDIVIDUALS>
                <INDIVIDUAL>
                  <DATAID>1</DATAID><FIRST_NAME>ABU</FIRST_NAME><SECOND_NAME>MOUHADJIR</SECOND_NAME>
                  <REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER><NAME_ORIGINAL_SCRIPT>ابو مهاجر</NAME_ORIGINAL_SCRIPT>
                  <NATIONALITY><VALUE>Iraq</VALUE></NATIONALITY>
                  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abou Mouhadjir (ابو مهاجر)</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>The Emigrant</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>A123456</NUMBER></INDIVIDUAL_DOCUMENT>
                </INDIVIDUAL>
                <INDIVIDUAL><DATAID>2</DATAID><REFERENCE_NUMBER>QDi.998</REFERENCE_NUMBER></INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES>
                <ENTITY><DATAID>3</DATAID><FIRST_NAME>SOME FRONT COMPANY</FIRST_NAME><REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER>
                  <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>OLD FRONT</ALIAS_NAME></ENTITY_ALIAS></ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """;
        var result = WatchlistReader.Read(Write("un.xml", xml));
        Assert.Equal(["QDi.999", "QDe.999"], result.Items.Select(e => e.Id));
        var p = result.Items[0];
        Assert.Equal(["ABU MOUHADJIR", "ابو مهاجر", "Abou Mouhadjir", "ابو مهاجر", "The Emigrant"], p.Names.Select(n => n.Text));
        Assert.Equal(NameKind.WeakAlias, p.Names[4].Kind);
        Assert.Equal([1960, 1961, 1962], p.BirthDates.Select(d => d.Year));
        Assert.Equal(["IQ"], p.Nationalities);
        Assert.Equal(["A123456"], p.DocumentNumbers);
        Assert.Equal(NameKind.Former, result.Items[1].Names[1].Kind);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("un.xml:", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("INDIVIDUAL QDi.998 has no name", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_fails_with_the_line()
    {
        var result = WatchlistReader.Read(Write("broken.xml", "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n</CONSOLIDATED_LIST>"));
        Assert.True(result.Failed);
        Assert.StartsWith("broken.xml:3: not well-formed XML", result.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ofac_sdn_is_read_with_alt_names_and_remarks()
    {
        var sdn = Write("sdn.csv", "2676,\"AL ZAWAHIRI, Dr. Ayman\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt); nationality Egypt; a.k.a. 'The Doctor'.\"\r\n306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\nabc,\"BROKEN\",-0- ,\"X\"\r\n");
        Write("alt.csv", "2676,1,\"aka\",\"AL-ZAWAHIRI, Ayman\",-0- \r\n306,2,\"fka\",\"NATIONAL BANK OF CUBA\",-0- \r\n");
        var result = WatchlistReader.Read(sdn);
        Assert.Equal(["2676", "306"], result.Items.Select(e => e.Id));
        var ayman = result.Items[0];
        Assert.Equal(EntityKind.Person, ayman.Kind);
        Assert.Equal(["AL ZAWAHIRI, Dr. Ayman", "AL-ZAWAHIRI, Ayman", "The Doctor"], ayman.Names.Select(n => n.Text));
        Assert.Equal(new PartialDate(1951, 6, 19), ayman.BirthDates[0]);
        Assert.Equal(["EG"], ayman.Nationalities);
        Assert.Equal(["1084010"], ayman.DocumentNumbers);
        Assert.Equal(EntityKind.Organization, result.Items[1].Kind);
        Assert.Equal(NameKind.Former, result.Items[1].Names[1].Kind);
        Assert.Equal("sdn.csv:3: ent_num 'abc' is not a number", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Format_is_detected_from_name_and_content()
    {
        Assert.Equal(WatchlistFormat.UnXml, WatchlistReader.Detect(Write("a.xml", "<x/>")));
        Assert.Equal(WatchlistFormat.Ofac, WatchlistReader.Detect(Write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n")));
        Assert.Equal(WatchlistFormat.Tsv, WatchlistReader.Detect(Write("a.tsv", "id\tname\n")));
        Assert.Equal(WatchlistFormat.Csv, WatchlistReader.Detect(Write("a.csv", "id,name\n")));
    }

    [Fact]
    public void The_real_un_list_is_read_completely()
    {
        var result = WatchlistReader.Read(SharedData.UnList);
        Assert.Empty(result.Errors);
        Assert.Equal(730, result.Items.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(273, result.Items.Count(e => e.Kind == EntityKind.Organization));
    }
}
