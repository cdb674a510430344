namespace Concord.Matching.Names;

/// <summary>What a part of a name is; decides how much it counts when names are compared.</summary>
public enum NamePartRole
{
    /// <summary>A given name, family name or a word of an organisation name.</summary>
    Name,
    /// <summary>A patronymic or family suffix (-ovich, -ovna, -uly, -kyzy, -ogly).</summary>
    Patronymic,
    /// <summary>A particle (al-, el-, bin, ibn, bint, van, de, uly as a separate word).</summary>
    Particle,
    /// <summary>A single initial letter.</summary>
    Initial,
    /// <summary>A title or honorific (Dr, General, Shaykh, Haji).</summary>
    Title,
    /// <summary>A legal form of an organisation (LLC, ООО, JSC, ФГУП).</summary>
    LegalForm,
    /// <summary>A generic word of organisation names (company, bank, plant, завод).</summary>
    OrgTerm,
    /// <summary>A number.</summary>
    Number,
}
