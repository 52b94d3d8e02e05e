/// Allegations of crime, dishonesty, impairment or incompetence, for `DefamationDetector`. The section
/// weight is for an allegation aimed at a person or the practice; `self` sections name their target in
/// the phrase itself ("not even a real doctor"). Each space-separated slot of a pattern is one word.
enum DefamationPhrases {
    static let allegations = """
    @impairment 0.9 an allegation of being drunk or on drugs
    was|is|s|were|are|be|been|turned|came|comes|seemed|seems|looked|sounded|totally|completely|clearly|obviously|blind|absolutely|properly ~2 drunk|drunken|hammered|intoxicated|tipsy|sloshed|plastered|paralytic|legless|stoned|hungover|pissed
    stinks|stank|smelt|smelled|smells|reeks|reeked|reeking|stinking|stunk ~2 of ~1 booze|alcohol|drink|beer|wine|whisky|vodka|weed|cannabis|spliff|gin
    was|is|s|were|are|be|been|must|probably|clearly|obviously|definitely|defo|deffo|def|surely|likely|always ~2 on drugs|coke|cocaine|crack|something|smack|ket|gear|charlie
    under the influence
    drinking|drunk|drinks|boozing|drink ~2 on|at|before|during ~1 shift|work|duty|job|shifts
    smelt|smelled|smells|stank|stinks|reeked|reeks ~2 like ~1 a ~1 brewery|distillery|pub
    on the sauce|booze|piss|lash|gear|charlie
    hits|hitting|hit the bottle|booze|sauce
    snorting|sniffing|doing|dealing|selling|supplying coke|cocaine|lines|drugs|gear|charlie|ket
    bladdered|sozzled|trolleyed
    high as a kite
    off his|her|their|its face|head|tits|nut|trolley
    hungover|drunkard|alcoholic|druggie|junkie|smackhead|cokehead|crackhead
    slurring|slurred his|her|their ~1 words|speech
    @impairhint 0.6 a hint of being drunk or impaired at work
    buying|bought|drinking|necking|downing ~3 bottles|bottle|cans|crate ~2 of ~1 wine|vodka|cider|gin|lager|beer|whisky|booze
    nodding|nodded|dozing|dozed off ~4 while|during|mid|in|when
    fell|falling asleep ~4 while|during|mid|in|when ~2 appointment|consultation|talking|examining|me
    @crime 0.9 an allegation of a crime
    killed|killing|kill|kills|murdered|murdering|bumping|bumped off ~1 old|elderly|patients|people|pensioners|the|vulnerable
    killed|murdered him|her|them
    let|left|leave|leaving|letting him|her|them|my|our ~2 die|rot|dying
    blood|death|deaths on ~1 their|his|her|your|its ~1 hands
    responsible for ~3 death|deaths
    helped|helping|helps himself|herself|themselves to ~3 money|cash|drugs|meds|medication|purse|wallet|petty|morphine|patients|controlled
    on the take
    paid|bribed|money|kickbacks|backhanders|bonus|bonuses|commission|holidays|freebies|perks|payments ~2 by|from ~2 drug|pharma|pharmaceutical|reps|rep|companies|company|firms|them
    drug|pharma|pharmaceutical reps|rep|companies|company ~3 tell|tells|told|pay|pays|paid|bribe|bribes|buy|buys|bought|fund|funds
    in the pocket|pockets of
    bonus|bonuses|commission|kickback|kickbacks|paid|money ~2 for ~3 every|each|refusing|not|stopping|denying|cutting|removing|referring|prescribing
    selling|sold|sells|sell ~2 patients|patient|our|my|your ~1 data|details|records|information|info
    took|taken|nicked|stole|kept ~3 bank|credit|debit card ~2 and|without|used|spent|withdrew
    used|using|uses|spent|spending|emptied|emptying|drained|draining ~2 her|his|my|mums|dads|nans|grans|their|patients|patient ~1 card|cards|bank|pin|money|savings|pension|account
    ghost patients
    claiming|claim|claims|claimed|charging|charged|billing|billed ~2 for ~4 never|didnt|doesnt|dont|dead|exist|happened
    stole|steal|steals|stealing|stolen|nicked|pocketed|thieving|robbed|robbing|robs ~3 from|my|her|his|money|cash|purse|wallet|medication|meds|drugs|prescription|tablets|jewellery|ring|patients|pension|me|us
    thief|thieves|crook|crooks|criminal|criminals|fraudster|fraudsters|conman|conmen|scammer|scammers|swindler|swindlers|paedo|pedo|paedophile|pedophile|nonce|rapist|predator|corrupt|crooked|embezzler
    is|s|a|are|committing|commit|total|complete|absolute|running|massive ~1 fraud|frauds|racket
    fraudulent|fraudulently|embezzling|embezzled|embezzlement
    fiddling|fiddle|fiddled|fiddles|cooking|cooked|cooks ~1 the|their|his|her books|figures|accounts
    fiddling|fiddle|fiddled|fiddles ~2 overtime|expenses|hours|timesheets|timesheet|claims|payroll|stats|statistics|numbers|targets|waiting|system|money|funds|petty
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
    falsify|falsified|falsifies|falsifying|fake|faked|fakes|faking|forged|forging|forge|doctored|doctoring|fabricated|fabricating|fabricate ~3 reading|readings|result|test|tests|bp|pressure|observations|obs|weight|scan|entry|note|record|report|history|form|forms|certificate|signature
    made|make|makes|making up ~2 reading|readings|results|numbers|figures|notes|story|stories|lies|things|stuff
    making|made|makes things|stuff up
    lie|lied|lying|lies ~1 again|constantly|through|anymore
    pack|load|bunch of lies
    blatant|barefaced|outright|downright|bare ~1 lie|lies|lying|liar|liars|faced
    hushed|hush|hushing ~2 up
    swept|sweep|sweeping|brushed|brush|brushing ~3 under ~2 carpet|rug
    deliberately|conveniently|purposely|intentionally|purposefully ~1 lost|lose|loses|losing|deleted|deleting|misplaced|withheld|withholding|hid|hiding
    deletes|deleted|deleting|shreds|shredded|shredding|hides|hid|hiding|destroys|destroyed|destroying|binned|bins|binning ~2 complaints|complaint|records|notes|letters|evidence|emails|reviews|referrals|results|samples|pots|feedback
    throw|throws|threw|throwing|chuck|chucks|chucked|chucking|bin|bins|binned|binning away|out ~2 samples|sample|pots|pot|complaints|letters|referrals|records|prescriptions|results|feedback
    throw|throws|threw|throwing|chuck|chucks|chucked|chucking ~2 samples|sample|pots|complaints|letters|referrals|records|prescriptions|results|feedback ~1 away|out
    tampered|tampering|tamper|tampers ~2 with ~3 records|notes|results|evidence|samples|my
    altered|changed|edited|amended|rewrote|rewritten|deleted|removed ~3 notes|records|entries|entry|letter|results ~4 after|afterwards|cover|hide
    backdated|backdating|backdate
    pretending|pretended|pretends|pretend ~3 sent|rung|called|referred|posted|faxed
    @misconduct 0.8 an allegation of misconduct
    sacked|fired|suspended|dismissed|kicked|booted ~4 for ~2 reason|drinking|drunk|drugs|stealing|theft|fraud|assault|negligence|misconduct|lying|bullying|touching|abuse|incompetence
    gossips|gossiping|gossip|gossiped|blabbed|blabs|blabbing ~3 about ~3 patients|people|everyone|everybody|me|my|them|us|her|him
    reads|reading|read|snoops|snooping|snooped|nosing|nosed ~2 everyones|everybodys|patients|peoples|other|through ~2 letters|notes|records|results|files|post|data
    breach|breached|breaching|broke|breaks|broken ~2 confidentiality|gdpr
    zero|no confidentiality
    told|telling|tells ~3 everyone|people|neighbours|whole ~3 about ~2 my|his|her|their ~1 results|diagnosis|condition|notes|illness|pregnancy|hiv|cancer
    pervert|perv|pervy
    inappropriate ~2 comments|remarks|touching|photos|pictures|messages
    @incompetence 0.75 an allegation of incompetence
    negligent|negligence|malpractice|incompetent|incompetence|inept|dangerously|reckless
    danger|threat|dangerous to ~1 patients|public|people|everyone
    struck off
    shouldnt|should|not ~1 be ~1 practising|practicing|practicing|allowed|qualified|licensed|registered
    not fit to ~1 practise|practice|practising|be
    dont|doesnt|didnt know what ~2 doing
    is|s|was|are|were|total|complete|absolute|real ~1 dangerous|menace|liability
    degree ~4 cereal|cornflake|cornflakes|christmas|cracker|bought|fake|online|packet
    couldnt|cant|wouldnt ~1 diagnose|treat ~6 paper|bag
    @unqualified 0.65 an allegation of not being qualified
    isnt|not|wasnt|arent|never|aint ~2 qualified|registered|licensed
    @incompetencehint 0.6 an allegation of repeated missed diagnosis
    missed ~3 signs|symptoms|diagnosis ~3 cancer|tumour|sepsis|meningitis|stroke|heart
    @self 0.8 an allegation that someone is not a real clinician
    not even|really ~1 a ~1 real|proper|qualified|actual doctor|nurse|gp|dr|clinician
    fake|pretend|so-called|unqualified|bogus|wannabe doctor|nurse|gp|dr|doctors|nurses|gps
    quack|quacks|charlatan|charlatans|butcher|butchers
    so called doctor|nurse|gp|dr|paramedic|pharmacist|practitioner|clinician|physio|doctors|nurses|gps|specialist|consultant|surgeon
    should|shouldnt|mustnt|never ~3 allowed|let ~2 near|anywhere|around ~1 patients|people|children|kids|sick|vulnerable|anyone
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
    like|as ~1 a|an butcher|butchers|quack
    incompetent|incompetence ~1 service|system|booking|phone|phones|website|app|process|systems|admin|organisation|processes
    killing|kill|killed off ~1 the ~1 pain|infection|bacteria|virus|germs|bugs|cells|cancer|weeds
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

    /// Words that single one person out after "that" or "this" ("that man is negligent").
    static let singledOut = "man woman bloke guy lady fella chap individual person idiot clown"
}
