namespace Concord.Benchmarks.Tables;

/// <summary>`build-tables`: regenerates every file in src/Concord.Matching/Data that is derived from ../shared/data.</summary>
internal static class BuildTables
{
    public static int Run()
    {
        var shared = RepoPaths.SharedData;
        var outDir = RepoPaths.MatchingData;
        Directory.CreateDirectory(outDir);

        Console.Error.WriteLine("Reading CC-CEDICT ...");
        var cedict = Cedict.Read(Path.Combine(shared, "cc-cedict", "cedict_ts.u8"));
        var (readings, tradToSimp) = HanTableBuilder.Build(cedict);
        HanTableBuilder.Write(Path.Combine(outDir, "han.tsv"), readings, tradToSimp);
        Console.Error.WriteLine($"  han.tsv: {readings.Count} characters, {tradToSimp.Count} traditional forms");

        SurnameTableBuilder.Build(Path.Combine(shared, "zh-surname-romanizations", "corpus.json"), Path.Combine(outDir, "zh_surnames.tsv"));
        Console.Error.WriteLine("  zh_surnames.tsv");

        var lexicon = LexiconBuilder.Build(cedict, tradToSimp);
        LexiconBuilder.Write(Path.Combine(outDir, "zh_lexicon.tsv"), lexicon);
        Console.Error.WriteLine($"  zh_lexicon.tsv: {lexicon.Count} names");

        RigourTablesBuilder.Build(Path.Combine(shared, "rigour-names"), outDir);
        Console.Error.WriteLine("  org_types.tsv, org_symbols.tsv, person_titles.txt");

        Console.Error.WriteLine("Training the Chinese transcription table ...");
        var pairs = TranscriptionTrainer.Pairs(shared, tradToSimp, lexicon);
        Console.Error.WriteLine($"  {pairs.Count} training pairs");
        var (probs, totals) = TranscriptionTrainer.Train(pairs, iterations: 8);
        TranscriptionTrainer.Write(Path.Combine(outDir, "zh_transcription.tsv"), probs, totals, readings);
        Console.Error.WriteLine($"  zh_transcription.tsv: {probs.Count} character contexts");
        return 0;
    }
}
