/// Phrases that evaluate the practice's service, good or bad, for `ReviewDetector`. Each
/// space-separated slot of a pattern is one word (`a|b` are alternatives for that word).
enum ReviewPhrases {
    static let evaluations = """
    @praise 0.85 a good review of the practice
    best|brilliant|amazing|fantastic|excellent|wonderful|fab|fabulous|outstanding|superb|marvellous|exceptional|incredible|great|lovely|fantastic|faultless ~1 gp|surgery|practice|service|team|staff|doctors|nurses|receptionists|care|treatment|medical
    best ~2 surgery|practice|gp|doctors|service|team
    nicest|friendliest|kindest|loveliest|greatest|best ~4 surgery|practice|gp|doctor|doctors|nurse|nurses|receptionist|receptionists|team
    first class|rate ~1 service|care|treatment|team|surgery|practice|doctor|nurse
    top notch|class|doctor|gp|nurse|team|service|practice|surgery
    credit where ~2 due
    cant|cannot|couldnt ~1 ask|wish|want ~1 for ~1 more|better|anything
    lovely|great|good|nice|brilliant|wonderful|excellent|fab|amazing|fantastic ~1 phone|bedside ~1 manner|manners
    put|puts|putting ~1 me|us|him|her|my|mum|dad ~2 at ~1 ease
    cant|cannot|couldnt|could|never ~1 fault|faulted
    cant|cannot|couldnt ~1 praise|thank ~3 enough|highly|more
    couldnt|cant|could ~1 ask for ~2 better
    highly recommend|recommended
    would|definitely|100|totally ~1 recommend ~2 surgery|practice|them|this|to|anyone|everyone|it|you|the
    would|definitely ~1 recommend $
    5|five|10 star|stars
    2|3|4|two|three|four stars
    10 10 ~1 service|care|surgery|practice|team|staff|from|for|every|all|doctors|nurses|flu|clinic|jab|experience|job|nurse|doctor|receptionist|everyone|guys|would|again
    would|id|wud ~1 give ~3 zero|0|minus|negative|no|none ~1 stars|star|if
    10 out of 10
    above and beyond
    nothing is|was|s ~1 too much trouble
    second to none
    lucky ~3 have|having ~3 surgery|practice|team|gp|doctors|such|staff|you
    been|were|was|are|is ~2 amazing|brilliant|fantastic|wonderful|superb|excellent|marvellous|outstanding|incredible ~3 with|to|for ~2 my|me|us|him|her|mum|dad|nan
    been|were|are ~2 so ~1 kind|good|helpful|caring|supportive ~3 with|to ~2 my|me|us|him|her|mum|dad|nan
    @pan 0.85 a bad review of the practice
    worst ~3 surgery|practice|gp|doctors|service|place|experience|reception|receptionists|care
    useless|hopeless|terrible|awful|rubbish|dreadful|poor|shocking|appalling|crap|crappy|shit|shite|diabolical|atrocious|pathetic ~1 gp|surgery|practice|service|team|staff|doctors|reception|receptionists|place|care|treatment|medical
    dire|shambolic|chaotic|incompetent|clueless|inept|disorganised|disorganized|unprofessional|woeful|substandard|laughable|abysmal|horrendous|horrific|horrible|unhelpful|rude|bad|poor|shocking|terrible|awful|rubbish|useless|appalling|dreadful ~1 admin|system|management|organisation|organization|communication|communications|booking|appointments|phones|phone|lines|online|website|triage|nurses|gps|service|services|experience|experiences|receptionist|doctor|nurse|gp|doctors|staff|receptionists
    gone|going|went ~1 downhill
    gone|going|went down hill
    gone|going|went to pot|rubbish
    not what it|they|this ~1 used to be
    not fit for purpose
    up in a brewery
    absolute|absolutely|total|complete|utter|actual|bloody|flipping|effing|fucking|friggin|frigging|sodding ~2 joke|shambles|farce|circus|clownshow|shambolic|disgrace
    would|id|wud ~1 give ~3 zero|0|minus|negative|no|none ~1 stars|star|if
    surgery|practice|service|place|reception|receptionists|doctors|staff|team ~3 is|are|was|were|s ~3 useless|hopeless|terrible|awful|rubbish|dreadful|poor|crap|shite|joke|shambles|disgrace|worst|pathetic|shocking|appalling
    1|one|0|zero|no star|stars
    wouldnt|not|never|dont ~1 recommend
    avoid this|that|the place|surgery|practice
    avoid ~3 plague|costs
    waste of ~1 space|time
    stay away ~3 place|surgery|practice
    @opinion 0.7 an opinion of the practice's people
    staff|receptionists|reception|doctors|nurses|team|everyone|gps|nurse|doctor|receptionist ~3 are|were|is|was|always|so ~2 lovely|brilliant|amazing|helpful|kind|friendly|great|fantastic|wonderful|caring|professional|excellent|fab|superb|useless|rude|hopeless|terrible|awful|unhelpful|incompetent|clueless|brill|stars|angels|heroes|credit|legend|legends|gems|diamonds
    lovely|kind|helpful|friendly|caring|brilliant|amazing ~1 receptionist|receptionists|nurse|nurses|doctor|doctors|staff|team|gp|gps|lady|ladies
    well done ~3 team|staff|everyone|all|surgery|practice|nurses|doctors
    credit to ~2 surgery|practice|nhs|profession|team
    shout out ~3 team|staff|nurses|doctors|receptionists|reception|everyone
    @thanks 0.75 thanks for good care
    thank|thanks|thankyou|ty ~6 team|staff|everyone|doctors|nurses|receptionists|gps|surgery|practice ~6 care|kindness|support|compassion|looking|professionalism|patience|treatment|service|hard
    thank|thanks|thankyou ~6 for ~3 care|kindness|compassion|looking|treatment|brilliant|amazing|wonderful|excellent|fantastic|fab|hard|dedication|support
    @thanksweak 0.35 thanks for help
    thank|thanks|thankyou ~4 for ~2 help|helping|sorting|getting|seeing
    """

    /// Verdicts in everyday words, counted only when the comment is about the practice's care or service
    /// (`ServiceContext`) and not in a question: "is brilliant", "lovely lad", "much easier than".
    static let contextual = """
    @ctx-opinion 0.7 an opinion of the practice's people
    dr|doctor|doc|gp|nurse|receptionist|pharmacist|paramedic|locum|hca|midwife|physio|anp|consultant|lady|man|lad|fella|bloke|guy|girl|woman|chap|team|staff|she|he|shes|hes|they|theyre|theyve|theyve|everyone|everybody ~3 is|was|s|has|have|been|are|were|always ~3 lovely|brilliant|amazing|fantastic|wonderful|excellent|fab|fabulous|superb|outstanding|marvellous|thorough|caring|reassuring|kind|gentle|helpful|professional|friendly|understanding|knowledgeable|attentive|polite|efficient|ace|brill|great|incredible|exceptional|compassionate|considerate|supportive|star|legend|gem|angel|diamond|hero|credit|rude|useless|hopeless|clueless|incompetent|dismissive|arrogant|condescending|patronising|patronizing|unhelpful|abrupt|awful|terrible|horrible|smug|ignorant|obnoxious|unprofessional|uncaring|lazy|faultless|patient|sound|sweet|lush|class|champion|bang
    was|is|are|were|been|both|all ~3 lovely|brilliant|amazing|fantastic|wonderful|excellent|fab|fabulous|superb|outstanding|marvellous|thorough|caring|reassuring|kind|gentle|helpful|professional|friendly|understanding|knowledgeable|attentive|polite|efficient|ace|brill|great|incredible|exceptional|compassionate|considerate|supportive|star|legend|gem|angel|diamond|hero|credit|rude|useless|hopeless|clueless|incompetent|dismissive|arrogant|condescending|patronising|patronizing|unhelpful|abrupt|awful|terrible|horrible|smug|ignorant|obnoxious|unprofessional|uncaring|lazy|faultless
    an|a|absolute|total|real|such ~2 star|legend|gem|angel|diamond|saint|hero|credit|asset|godsend|treasure
    lovely|nice|kind|top|brilliant|great|fab|smashing|sound|helpful|friendly|caring|gentle ~1 lad|lady|man|woman|fella|bloke|guy|girl|chap|bunch|people|person|ladies|girls|lads|team
    really|so|very|super|extremely|incredibly|absolutely|genuinely ~1 helpful|kind|thorough|caring|reassuring|understanding|patient|gentle|knowledgeable|professional|efficient|supportive|friendly|polite|rude|dismissive|unhelpful|lovely
    took|taken|take|takes|taking ~3 me|my|it|us|him|her ~3 seriously
    actually|finally|really|always ~1 listens|listened|listen
    explained|explains ~3 everything|things|clearly|properly|thoroughly
    looked|look|looks|looking after ~4 wonderfully|brilliantly|well|amazingly|fantastically|beautifully|fantastic|brilliant|amazing
    always|so|really|very ~1 looked|look|looks ~1 after
    @ctx-praise 0.65 a good review of the practice
    good|decent|quick|fast|efficient|prompt|friendly|helpful|caring|professional|speedy|smooth|easy|nice ~1 service|care|surgery|practice|team|staff|doctors|nurses|receptionists|reception|gps|system|experience
    big|huge|massive|real|great|vast|definite ~1 improvement
    impressed|delighted|pleased|happy|satisfied ~3 with ~4 service|surgery|practice|how|team|staff|care|treatment|referral|everything|them|the|doctor|nurse|receptionist|gp
    forever|so|eternally|truly|very|really ~1 grateful
    same day ~2 appointment|appt|call|callback|seen|sorted|back|phone
    sorted|fixed|seen ~5 within|same ~1 day|hour|minutes|mins
    through|seen|sorted|answered|called|rang|back ~3 in|within ~2 minutes|mins|min|seconds|secs
    so|much|loads|far|lot|way ~1 better|easier|quicker|faster|simpler|smoother ~1 than|for
    brilliant|great|good|fab|excellent|fantastic|genius ~1 idea|move|initiative|improvement|change
    nice|good|great|lovely|brilliant ~1 to see ~5 saturday|evening|weekend|clinic|clinics|appointments|doctors|nurses|improvement|improvements|phones|system
    spot on
    10 10
    out of 5|10|five|ten
    2|3|4|two|three|four star
    thank|thanks|thankyou|cheers ~4 for ~3 saving|spotting|fitting|squeezing|persevering
    @ctx-pan 0.75 a bad review of the practice
    used to be ~3 good|great|brilliant|decent|fantastic|excellent|lovely|best|better|ok|okay|amazing|fab
    beyond a ~1 joke
    useless|hopeless|clueless|incompetent|pathetic|rubbish|shocking ~3 lot|bunch
    shower|bunch|lot of ~1 muppets|clowns|idiots|amateurs|cowboys|useless|incompetent|morons|crooks|jokers|numpties
    joke|shambles|circus|farce|disgrace ~1 this|that ~1 place|surgery|practice
    is|are|s|was|were ~2 a ~1 joke|shambles|farce|disgrace|nightmare|circus|mess
    all|total|complete|absolute|utter ~1 mess
    dont|never bother ~3 surgery|practice|place|registering|ringing|phoning|calling|trying|them|here
    moving|move|moved|changing|change|changed|switching|switch|switched|leaving ~3 surgery|practice|gp|doctors|surgeries|practices
    go|going|gone|went|register|registering|registered|move|moving|moved|take|taking ~3 elsewhere
    @ctx-lone 0.7 a one-word verdict
    brilliant|excellent|fantastic|superb|outstanding|faultless|amazing|fab|wonderful|shambolic|disgraceful $
    absolutely|simply|just|truly|utterly|totally|so|really|pretty|very brilliant|excellent|fantastic|superb|outstanding|faultless|amazing|fab|wonderful|shambolic|disgraceful $
    @lone 0.7 a one-word verdict
    appalling|shocking|diabolical|atrocious|dire|abysmal|useless|hopeless|pathetic|avoid|disgusting|terrible|awful|shambles $
    absolutely|simply|just|truly|utterly|totally|so|really|pretty|bloody appalling|shocking|diabolical|atrocious|dire|abysmal|useless|hopeless|pathetic|disgusting|terrible|awful $
    @ctx-hint 0.35 a hint of a review
    thank|thanks|thankyou you ~1 all|everyone|guys|team $
    about time
    wish ~2 stayed|never|hadnt
    never again
    """

    static let veto = """
    @veto 0 not an evaluation
    best wishes|regards|time|way|number|bet|thing|to|of|before
    thanks|thank ~3 letting|info|information|reminder|update|sharing|post|heads
    a great|lovely ~1 day|weekend|christmas|bank|holiday|evening
    kind of
    kinda
    need|want|find|recommend|looking|any|know ~3 good|decent|nice ~1 gp|doctor|surgery|practice|dentist|service
    a|an patient
    all ~1 well|good|fine|ok|okay|great ~2 thanks|thank|here|with|at
    """
}
