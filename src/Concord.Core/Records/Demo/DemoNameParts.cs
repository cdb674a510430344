namespace Concord.Core.Records.Demo;

/// <summary>
/// Name parts for the synthetic demo set, in the scripts of the ten member states. Common given names and surnames
/// combined at random: the people are fictitious. Where a state writes names in two scripts, the lists are aligned so
/// that the Latin alias is a reading of the same name.
/// </summary>
internal static class DemoNameParts
{
    public sealed record StateNames(string State, string[] Given, string[] Surnames, string[]? GivenLatin = null, string[]? SurnamesLatin = null,
        string[]? Patronymics = null, bool FamilyFirst = false, bool NoSpace = false);

    public static readonly StateNames[] States =
    [
        new("CN",
            ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "华", "平", "建国", "志强", "海燕", "文", "斌", "鑫", "宇", "浩", "晨", "国强", "红梅"],
            ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"],
            FamilyFirst: true, NoSpace: true),
        new("RU",
            ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём", "Николай", "Владимир", "Павел", "Роман", "Олег", "Игорь", "Виктор", "Юрий"],
            ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев"],
            Patronymics: ["Александрович", "Сергеевич", "Дмитриевич", "Андреевич", "Иванович", "Николаевич", "Владимирович", "Петрович", "Михайлович", "Олегович"]),
        new("KZ",
            ["Нурлан", "Ерлан", "Асхат", "Айдос", "Бауыржан", "Даурен", "Ержан", "Жандос", "Қайрат", "Мұрат", "Серік", "Талгат", "Әсет", "Ғалым", "Ұлан", "Арман", "Дархан", "Марат"],
            ["Жұмабаев", "Ахметов", "Сүлейменов", "Қасымов", "Омаров", "Әбенов", "Төлегенов", "Бекмұханов", "Ысқақов", "Есенов", "Серікбаев", "Мұқашев", "Кенжебаев", "Нұрғалиев", "Байжанов"]),
        new("KG",
            ["Азамат", "Бакыт", "Нурбек", "Эрлан", "Улан", "Жыргалбек", "Төлөгөн", "Мирлан", "Чыңгыз", "Айбек", "Бектур", "Темирлан", "Кубанычбек", "Эрмек"],
            ["Абдыкадыров", "Асанов", "Жээнбеков", "Токтогулов", "Мамытов", "Сыдыков", "Осмонов", "Турдубаев", "Эшимбеков", "Келдибеков", "Өмүрзаков", "Сатыбалдиев"]),
        new("TJ",
            ["Фарҳод", "Ҷамшед", "Раҳмон", "Умед", "Баҳодур", "Шоҳрух", "Фирдавс", "Зафар", "Искандар", "Суҳроб", "Далер", "Парвиз", "Меҳрубон", "Хуршед"],
            ["Раҳимов", "Назаров", "Қодиров", "Саидов", "Шарипов", "Ҳасанов", "Давлатов", "Каримов", "Юсуфов", "Мирзоев", "Ғафуров", "Зоиров"]),
        new("UZ",
            ["Sherzod", "Jasur", "Otabek", "Bekzod", "Sardor", "Dilshod", "Oybek", "Shavkat", "Jahongir", "Gʻayrat", "Oʻtkir", "Ulugʻbek", "Akmal", "Nodir", "Rustam", "Farrux"],
            ["Karimov", "Rashidov", "Yusupov", "Tursunov", "Xolmatov", "Qodirov", "Ergashev", "Mirzayev", "Abdullayev", "Sobirov", "Oʻrinov", "Gʻaniyev", "Toshmatov", "Normatov"]),
        new("IN",
            ["राहुल", "अमित", "विक्रम", "संजय", "राजेश", "अर्जुन", "रवि", "सुरेश", "अनिल", "दीपक", "मनोज", "विनोद"],
            ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "कुमार", "पटेल", "रेड्डी", "यादव", "मिश्रा", "जोशी", "चौहान", "तिवारी"],
            ["Rahul", "Amit", "Vikram", "Sanjay", "Rajesh", "Arjun", "Ravi", "Suresh", "Anil", "Deepak", "Manoj", "Vinod"],
            ["Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Yadav", "Mishra", "Joshi", "Chauhan", "Tiwari"]),
        new("PK",
            ["محمد", "علی", "احمد", "عمران", "عثمان", "بلال", "حسن", "حسین", "طارق", "کامران", "فیصل", "شاہد"],
            ["خان", "ملک", "چودھری", "قریشی", "بٹ", "شیخ", "رانا", "اعوان", "مرزا", "ستی", "عباسی", "گیلانی"],
            ["Muhammad", "Ali", "Ahmad", "Imran", "Usman", "Bilal", "Hassan", "Hussain", "Tariq", "Kamran", "Faisal", "Shahid"],
            ["Khan", "Malik", "Chaudhry", "Qureshi", "Butt", "Sheikh", "Rana", "Awan", "Mirza", "Satti", "Abbasi", "Gilani"]),
        new("IR",
            ["رضا", "مهدی", "حسین", "علی", "محمد", "امیر", "سعید", "مجید", "حمید", "فرهاد", "بهرام", "کاوه"],
            ["احمدی", "رضایی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "رحیمی", "کاظمی", "صادقی", "نوری", "طاهری"],
            ["Reza", "Mahdi", "Hossein", "Ali", "Mohammad", "Amir", "Saeed", "Majid", "Hamid", "Farhad", "Bahram", "Kaveh"],
            ["Ahmadi", "Rezaei", "Mohammadi", "Hosseini", "Karimi", "Mousavi", "Jafari", "Rahimi", "Kazemi", "Sadeghi", "Nouri", "Taheri"]),
        new("BY",
            ["Аляксандр", "Сяргей", "Дзмітрый", "Андрэй", "Уладзімір", "Мікалай", "Павел", "Ігар", "Янка", "Алесь", "Віктар", "Юрый"],
            ["Кавалёў", "Навіцкі", "Шаўчук", "Лукашэвіч", "Грыцкевіч", "Бандарэнка", "Мельнік", "Ткачук", "Карповіч", "Жукоўскі", "Смаляк", "Дубоўскі"]),
    ];

    public static readonly IReadOnlyDictionary<string, string[]> Cities = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["CN"] = ["乌鲁木齐", "喀什", "北京", "广州", "伊宁"],
        ["RU"] = ["Москва", "Казань", "Новосибирск", "Махачкала", "Оренбург"],
        ["KZ"] = ["Алматы", "Астана", "Шымкент", "Ақтөбе", "Тараз"],
        ["KG"] = ["Бишкек", "Ош", "Жалал-Абад", "Каракол", "Баткен"],
        ["TJ"] = ["Душанбе", "Хуҷанд", "Кӯлоб", "Бохтар", "Хоруғ"],
        ["UZ"] = ["Toshkent", "Andijon", "Namangan", "Fargʻona", "Samarqand"],
        ["IN"] = ["New Delhi", "Mumbai", "Srinagar", "Kolkata", "Chennai"],
        ["PK"] = ["Islamabad", "Karachi", "Lahore", "Peshawar", "Quetta"],
        ["IR"] = ["Tehran", "Mashhad", "Zahedan", "Tabriz", "Isfahan"],
        ["BY"] = ["Мінск", "Гомель", "Брэст", "Віцебск", "Гродна"],
    };

    /// <summary>Parts of fictitious organisation names: (adjective, noun) pairs in the state's language, with an English reading.</summary>
    public static readonly IReadOnlyDictionary<string, (string Pattern, string[] Adjectives, string[] Nouns)> Organisations =
        new Dictionary<string, (string, string[], string[])>(StringComparer.Ordinal)
        {
            ["CN"] = ("{0}{1}联盟", ["黑色", "东方", "北方", "新", "自由", "山地", "沙漠", "红色"], ["黎明", "阵线", "之路", "之风", "猎鹰", "之剑", "旗帜", "之星"]),
            ["RU"] = ("Движение «{0} {1}»", ["Северный", "Чёрный", "Восточный", "Новый", "Свободный", "Горный", "Степной", "Красный"], ["рассвет", "фронт", "путь", "ветер", "сокол", "меч", "стяг", "огонь"]),
            ["KZ"] = ("«{0} {1}» ұйымы", ["Қара", "Шығыс", "Солтүстік", "Жаңа", "Еркін", "Таулы", "Дала", "Қызыл"], ["таң", "майдан", "жол", "жел", "сұңқар", "қылыш", "ту", "жұлдыз"]),
            ["KG"] = ("«{0} {1}» кыймылы", ["Кара", "Чыгыш", "Түндүк", "Жаңы", "Эркин", "Тоолуу", "Талаа", "Кызыл"], ["таң", "фронт", "жол", "шамал", "шумкар", "кылыч", "туу", "жылдыз"]),
            ["TJ"] = ("Ҳаракати «{1}и {0}»", ["сиёҳ", "шарқӣ", "шимолӣ", "нав", "озод", "кӯҳӣ", "даштӣ", "сурх"], ["Субҳ", "Ҷабҳа", "Роҳ", "Шамол", "Лочин", "Шамшер", "Парчам", "Ситора"]),
            ["UZ"] = ("«{0} {1}» harakati", ["Qora", "Sharqiy", "Shimoliy", "Yangi", "Erkin", "Togʻli", "Dasht", "Qizil"], ["tong", "front", "yoʻl", "shamol", "lochin", "qilich", "bayroq", "yulduz"]),
            ["IN"] = ("{0} {1} संगठन", ["काला", "पूर्वी", "उत्तरी", "नया", "आज़ाद", "पहाड़ी", "रेगिस्तानी", "लाल"], ["सवेरा", "मोर्चा", "पथ", "तूफ़ान", "बाज़", "तलवार", "झंडा", "सितारा"]),
            ["PK"] = ("تنظیم {1} {0}", ["سیاہ", "مشرقی", "شمالی", "نیا", "آزاد", "پہاڑی", "صحرائی", "سرخ"], ["سحر", "محاذ", "راہ", "آندھی", "شاہین", "تلوار", "پرچم", "ستارہ"]),
            ["IR"] = ("جنبش {1} {0}", ["سیاه", "شرقی", "شمالی", "نو", "آزاد", "کوهستانی", "کویری", "سرخ"], ["سپیده", "جبهه", "راه", "طوفان", "شاهین", "شمشیر", "پرچم", "ستاره"]),
            ["BY"] = ("Рух «{0} {1}»", ["Чорны", "Усходні", "Паўночны", "Новы", "Вольны", "Горны", "Стэпавы", "Чырвоны"], ["світанак", "фронт", "шлях", "вецер", "сокал", "меч", "сцяг", "агонь"]),
        };

    public static readonly string[] EnglishAdjectives = ["Black", "Eastern", "Northern", "New", "Free", "Mountain", "Steppe", "Red"];
    public static readonly string[] EnglishNouns = ["Dawn", "Front", "Path", "Wind", "Falcon", "Sword", "Banner", "Star"];

    public static readonly string[] IncidentKinds = ["bombing", "armed attack", "illegal border crossing", "hostage taking", "arson", "attack on infrastructure", "weapons smuggling", "recruitment network"];

    public static readonly string[] LegalBases =
    [
        "Arrest warrant of the investigating authority",
        "Court decision on arrest in absentia",
        "Decision of the prosecutor to open a criminal case",
        "Designation by the Supreme Court as a terrorist organisation",
        "Operational information under the national law on countering terrorism",
    ];
}
