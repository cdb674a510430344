using System.Text;

namespace Concord.Matching.Transliteration;

/// <summary>
/// Hangul syllables to Latin: Revised Romanization and the McCune–Reischauer / customary
/// spellings used in passports and sanctions lists (Kim, Park, Lee, Jong, Sung, Choe).
/// </summary>
public static class HangulRomanizer
{
    private static readonly string[] InitialsRr = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] InitialsMr = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];
    private static readonly string[] VowelsRr = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] VowelsMr = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    private static readonly string[] VowelsPopular = ["a", "ae", "ya", "yae", "u", "e", "yu", "ye", "o", "wa", "wae", "oi", "yo", "oo", "won", "we", "wi", "yu", "eu", "ui", "ee"];
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>Korean surnames and their customary Latin spellings (first = most common).</summary>
    private static readonly Dictionary<char, string[]> Surnames = new()
    {
        ['김'] = ["kim", "gim"],
        ['이'] = ["lee", "yi", "rhee", "i", "ri", "li"],
        ['리'] = ["ri", "lee", "li", "yi"],
        ['박'] = ["park", "pak", "bak"],
        ['최'] = ["choi", "choe", "chey"],
        ['정'] = ["jeong", "jung", "chung", "jong", "chong"],
        ['강'] = ["kang", "gang"],
        ['조'] = ["cho", "jo", "joe"],
        ['윤'] = ["yoon", "yun"],
        ['장'] = ["jang", "chang"],
        ['임'] = ["lim", "im", "rim"],
        ['림'] = ["rim", "lim", "im"],
        ['한'] = ["han"],
        ['오'] = ["oh", "o"],
        ['서'] = ["seo", "suh", "so"],
        ['신'] = ["shin", "sin"],
        ['권'] = ["kwon", "gwon"],
        ['황'] = ["hwang"],
        ['안'] = ["ahn", "an"],
        ['송'] = ["song"],
        ['류'] = ["ryu", "yoo", "yu", "ryoo"],
        ['유'] = ["yoo", "yu", "ryu"],
        ['전'] = ["jeon", "jun", "chun", "jon", "chon"],
        ['홍'] = ["hong"],
        ['고'] = ["ko", "go", "koh"],
        ['문'] = ["moon", "mun"],
        ['양'] = ["yang"],
        ['량'] = ["ryang", "yang"],
        ['손'] = ["son", "sohn"],
        ['배'] = ["bae", "pae"],
        ['백'] = ["baek", "paek", "paik"],
        ['허'] = ["heo", "hur", "ho"],
        ['노'] = ["noh", "no", "roh"],
        ['로'] = ["ro", "roh", "noh"],
        ['곽'] = ["kwak", "gwak"],
        ['성'] = ["sung", "seong", "song"],
        ['차'] = ["cha"],
        ['주'] = ["joo", "ju", "chu"],
        ['우'] = ["woo", "u"],
        ['구'] = ["koo", "gu", "ku"],
        ['민'] = ["min"],
        ['진'] = ["jin", "chin"],
        ['지'] = ["ji", "chi"],
        ['엄'] = ["eom", "um", "om"],
        ['채'] = ["chae"],
        ['원'] = ["won"],
        ['천'] = ["cheon", "chun", "chon"],
        ['방'] = ["bang", "pang"],
        ['공'] = ["kong", "gong"],
        ['현'] = ["hyun", "hyeon", "hyon"],
        ['변'] = ["byun", "byeon", "pyon"],
        ['염'] = ["yeom", "yum", "ryom"],
        ['려'] = ["ryo", "yeo"],
        ['여'] = ["yeo", "yo", "ryo"],
        ['석'] = ["seok", "suk", "sok"],
        ['선'] = ["sun", "seon", "son"],
        ['설'] = ["seol", "sul", "sol"],
        ['길'] = ["gil", "kil"],
        ['연'] = ["yeon", "yun", "yon"],
        ['명'] = ["myung", "myeong", "myong"],
        ['기'] = ["ki", "gi"],
        ['금'] = ["keum", "geum", "kum"],
        ['경'] = ["kyung", "gyeong", "kyong"],
        ['심'] = ["shim", "sim"],
        ['태'] = ["tae", "thae"],
        ['하'] = ["ha"],
        ['남'] = ["nam"],
        ['도'] = ["do", "to"],
    };

    /// <summary>Latin readings of a Korean name written as one word: family name first, given name joined.</summary>
    public static List<List<string>> ReadName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new List<List<string>>(2);
        if (word.Length >= 2 && word.Length <= 4 && Surnames.TryGetValue(word[0], out var surnames))
        {
            result.Add([.. surnames]);
            result.Add(ReadWord(word[1..]));
            return result;
        }
        result.Add(ReadWord(word));
        return result;
    }

    /// <summary>Every Latin spelling of one Hangul syllable: its romanizations and, for a surname, its customary spellings.</summary>
    public static IEnumerable<string> SyllableSpellings(char syllable)
    {
        foreach (var s in ReadWord(syllable.ToString()))
        {
            yield return s;
        }
        if (Surnames.TryGetValue(syllable, out var customary))
        {
            foreach (var s in customary)
            {
                yield return s;
            }
        }
    }

    /// <summary>Latin readings of a Hangul word (syllables joined), Revised Romanization first.</summary>
    public static List<string> ReadWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var rr = new StringBuilder();
        var mr = new StringBuilder();
        var popular = new StringBuilder();
        var north = new StringBuilder();
        foreach (var c in word)
        {
            if (c is < '\uAC00' or > '\uD7A3')
            {
                continue;
            }
            var s = c - 0xAC00;
            var l = s / 588;
            var v = s % 588 / 28;
            var t = s % 28;
            rr.Append(InitialsRr[l]).Append(VowelsRr[v]).Append(Finals[t]);
            mr.Append(InitialsMr[l]).Append(VowelsMr[v]).Append(Finals[t]);
            popular.Append(InitialsRr[l]).Append(VowelsPopular[v]).Append(Finals[t]);
            north.Append(InitialsRr[l]).Append(VowelsMr[v]).Append(Finals[t]);
        }
        var list = new List<string>(4) { rr.ToString() };
        foreach (var x in new[] { north.ToString(), mr.ToString(), popular.ToString() })
        {
            if (!list.Contains(x))
            {
                list.Add(x);
            }
        }
        return list;
    }
}
