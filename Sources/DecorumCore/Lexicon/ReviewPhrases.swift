/// Phrases that evaluate the practice's service, good or bad, for `ReviewDetector`. Each
/// space-separated slot of a pattern is one word (`a|b` are alternatives for that word).
enum ReviewPhrases {
    static let evaluations = """
    @praise 0.85 a good review of the practice
    best|brilliant|amazing|fantastic|excellent|wonderful|fab|fabulous|outstanding|superb|marvellous|exceptional|incredible|great|lovely|fantastic|faultless ~1 gp|surgery|practice|service|team|staff|doctors|nurses|receptionists|care|treatment|medical
    best ~2 surgery|practice|gp|doctors|service|team
    cant|cannot|couldnt|could|never ~1 fault|faulted
    cant|cannot|couldnt ~1 praise|thank ~3 enough|highly|more
    couldnt|cant|could ~1 ask for ~2 better
    highly recommend|recommended
    would|definitely|100|totally ~1 recommend ~2 surgery|practice|them|this|to|anyone|everyone|it|you|the
    would|definitely ~1 recommend $
    5|five|10 star|stars
    10 10 ~1 service|care|surgery|practice|team|staff|from|for|every|all|doctors|nurses
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

    static let veto = """
    @veto 0 not an evaluation
    best wishes|regards|time|way|number|bet|thing|to|of|before
    thanks|thank ~3 letting|info|information|reminder|update|sharing|post|heads
    a great|lovely ~1 day|weekend|christmas|bank|holiday|evening
    """
}
