/// Allegations of crime, dishonesty, impairment or incompetence, for `DefamationDetector`. The section
/// weight is for an allegation aimed at a person or the practice; `self` sections name their target in
/// the phrase itself ("not even a real doctor"). Each space-separated slot of a pattern is one word.
enum DefamationPhrases {
    static let allegations = """
    @impairment 0.9 an allegation of being drunk or on drugs
    was|is|s|were|are|be|been|turned|came|comes|seemed|seems|looked|sounded|totally|completely|clearly|obviously|blind|absolutely|properly ~2 drunk|drunken|hammered|intoxicated|tipsy|sloshed|plastered|paralytic|legless|stoned|hungover|pissed
    stinks|stank|smelt|smelled|smells|reeks|reeked|reeking|stinking|stunk ~2 of ~1 booze|alcohol|drink|beer|wine|whisky|vodka|weed|cannabis|spliff|gin
    was|is|s|were|are|be|been|must|probably|clearly|obviously ~2 on drugs|coke|cocaine|crack|something|smack|ket
    high as a kite
    off his|her|their|its face|head|tits|nut|trolley
    hungover|drunkard|alcoholic|druggie|junkie|smackhead|cokehead|crackhead
    slurring|slurred his|her|their ~1 words|speech
    @crime 0.9 an allegation of a crime
    stole|steal|steals|stealing|stolen|nicked|pocketed|thieving|robbed|robbing|robs ~3 from|my|her|his|money|cash|purse|wallet|medication|meds|drugs|prescription|tablets|jewellery|ring|patients|pension|me|us
    thief|thieves|crook|crooks|criminal|criminals|fraudster|fraudsters|conman|conmen|scammer|scammers|swindler|swindlers|paedo|pedo|paedophile|pedophile|nonce|rapist|predator|corrupt|crooked|embezzler
    is|s|a|are|committing|commit|total|complete|absolute|running|massive ~1 fraud|frauds|racket
    fraudulent|fraudulently|embezzling|embezzled|embezzlement
    fiddling|fiddle|fiddled|fiddles|cooking|cooked|cooks ~1 the|their|his|her books|figures|accounts
    bribe|bribes|bribed|bribery|backhander|backhanders|kickback|kickbacks|backhanders
    pocketing|pocketed|pocket|pockets|siphoning|siphoned|skimming ~3 money|cash|funding|funds|profits|bonus|bonuses
    abuses|abused|abusing|assaulted|assaults|groped|gropes|molested|molests ~2 patients|patient|me|my|her|him|women|kids|children|people|vulnerable|elderly
    touched|touching|touches ~3 inappropriately
    sexually ~1 assaulted|abused|harassed|inappropriate
    killed|murdered|killing|murdering ~2 my|her|his|our|their ~1 mum|dad|mother|father|nan|gran|husband|wife|son|daughter|baby|brother|sister|grandad|grandma|partner|friend|uncle|aunt|nana|mam|child|grandmother|grandfather
    killed|killing|murdered|murdering|kill|kills|murder patients|people|someone|somebody|pensioners|babies
    letting|let|lets|left|leaving|leave ~1 people|patients|pensioners|elderly|someone|folk ~2 die|dying|to
    manslaughter
    should|ought|belongs|belong|deserve|deserves|needs|need ~3 prison|jail|gaol|locked|bars|arrested|prosecuted
    @dishonesty 0.9 an allegation of dishonesty
    falsify|falsified|falsifies|falsifying|fake|faked|fakes|faking|forged|forging|forge|doctored|doctoring|fabricated|fabricating|fabricate ~2 records|notes|results|letters|signature|signatures|prescriptions|figures|data|entries|reports|evidence|sick
    lied|lie|lying|lies ~2 on|in|about ~2 my|the|her|his|their|our ~1 notes|records|report|letter|results|file
    lied|lies|lying ~1 to me|us|patients|the|cqc|coroner|police|everyone|families
    liar|liars
    cover-up|coverup|whitewash
    a|the|massive|total|huge|another cover up
    covered|covering|cover ~1 it|this|that|everything|things|mistakes|errors|mistake|error|death ~1 up
    dishonest|deceitful|corrupt|crooked
    @incompetence 0.75 an allegation of incompetence
    negligent|negligence|malpractice|incompetent|incompetence|inept|dangerously|reckless
    danger|threat|dangerous to ~1 patients|public|people|everyone
    struck off
    shouldnt|should|not ~1 be ~1 practising|practicing|practicing|allowed|qualified|licensed|registered
    not fit to ~1 practise|practice|practising|be
    dont|doesnt|didnt know what ~2 doing
    @self 0.8 an allegation that someone is not a real clinician
    not even|really ~1 a ~1 real|proper|qualified|actual doctor|nurse|gp|dr|clinician
    fake|pretend|so-called|unqualified|bogus|wannabe doctor|nurse|gp|dr|doctors|nurses|gps
    quack|quacks|charlatan|charlatans|butcher|butchers
    """

    static let veto = """
    @veto 0 not an allegation
    pissed off
    stole|steal|stolen|steals ~1 my|our|the ~1 heart|hearts|show|limelight
    someone|somebody|thieves|burglars|kids|youths|thief|thief's ~1 stole|nicked|has|had|robbed|stolen
    killing ~1 me|us
    lying ~1 down|awake|in|on ~1 bed|floor|back|side|the
    high ~1 blood|temperature|temp|pressure|cholesterol|sugar|risk|street|dose|fever
    scam|scams|fraud ~2 alert|calls|call|texts|text|warning|warnings|emails|email|beware|aware
    """

    /// Words for staff, the team or the practice that an allegation can be aimed at.
    static let targets = """
    receptionist receptionists reception doctor doctors gp gps dr drs nurse nurses partner partners manager
    managers pharmacist pharmacists locum locums secretary secretaries paramedic hca staff surgery surgeries
    practice clinic clinician clinicians team management registrar consultant physio physician admin
    medical centre place whoever
    """

    /// Pronouns that may stand for the practice ("they") or a person ("he", "she").
    static let groupPronouns = "they them their theyre theyve theyll you your youre youve"
    static let personPronouns = "he she him her his hes shes hed shed"

    /// Titles that, followed by a capitalised name, single a person out ("Dr Patel", "Nurse Beth").
    static let titles = "dr doctor nurse sister mr mrs ms miss matron"
}
