/// Phrases of a grievance about care or service, for `ComplaintDetector`. Each space-separated slot of
/// a pattern is one word (`a|b` are alternatives for that word). Cues in the `rude` section are
/// adjectives a close "not"/"never" cancels ("never rude", "wasn't dismissive").
enum ComplaintPhrases {
    static let grievance = """
    @outrage 0.85 an outraged grievance
    disgrace|disgraceful|disgusting|appalling|shocking|atrocious|diabolical|shambolic|horrendous|outrageous|unacceptable|scandalous|pathetic|deplorable|shambles|farce
    absolute|total|complete|utter|f***ing|flipping|bloody joke|shambles|farce|nightmare|disgrace|disaster
    is|its|it's|s|are|was|what|such a joke|shambles|farce|nightmare|disgrace
    not good enough
    sick|fed|tired of ~3 this|surgery|practice|waiting|ringing|chasing|being|having
    sick and tired
    fed up ~2 with|of
    had enough of ~2 this|the|surgery|practice
    @complain 0.9 a stated complaint
    make|making|made|raise|raising|put|file|lodge|lodged|filing|submit|submitted|lodging ~2 formal|official|a|an ~1 complaint
    i|we|ive|weve|have|already|will|going|gonna|want|shall|ill ~2 complain|complained|complaining
    complained|complain|complaining ~2 to ~1 practice|surgery|manager|nhs|ombudsman|pals|cqc|icb|mp|them
    complained ~2 before|already|twice|again|multiple|numerous|several
    reporting|report ~3 you|this|surgery|practice ~2 to cqc|ombudsman|nhs|icb|gmc|pals
    cqc|ombudsman|pals|gmc|nmc|icb ~3 hear|know|about|informed|contacted|complaint
    @repeat 0.6 a repeated failure
    third|fourth|fifth|3rd|4th|5th|10th|tenth|umpteenth|nth time
    every single time
    yet again
    again and again
    still ~2 not|havent|hasnt|no|nothing ~2 heard|had|received|got|been|sorted|done|ready|back|answer|reply|appointment|prescription|results|call
    @still 0.75 still waiting
    still waiting|chasing
    @wait 0.8 a long wait
    waited|waiting|waitin ~4 weeks|months|ages|forever|hours|hrs|days|wks
    wait|waits ~2 over|nearly|almost|for|of ~2 weeks|months|hours|ages|forever|wks
    had|have|having to wait ~3 weeks|months|hours|ages|forever|days|wks
    weeks|months ~3 for an|a appointment|appt|call|callback|referral|results|prescription|scan|letter
    weeks|months|month wait
    on|held hold ~3 for ~2 minutes|mins|min|hour|hours|hr|hrs|ages|forever
    number ? in|on the|a queue|que|line
    number ? in queue|que
    queue|que|queued|queueing|queuing ~3 for|over ~2 minutes|mins|hour|hours|ages
    8am|8 scramble|rush|lottery|race|nightmare|madness|fight|bunfight|battle
    8am ~3 engaged|busy|queue|redial|redialling
    8|eight oclock|o'clock|am ~1 scramble|rush|lottery|race|nightmare|fight|battle
    lottery ~3 appointment|appointments|phone
    redial|redialled|redialling|rang|called|phoned ~2 100|50|30|40|60|200|20|times
    @access 0.8 no access to care
    cant|cannot|couldnt|cnt|never|impossible|unable ~3 get|book|getting|booking an|a|any ~1 appointment|appointments|appt|appts|doctor|gp|callback|slot|face
    cant|cannot|couldnt|cnt|never|impossible|unable ~3 get|getting through|seen
    no appointments|appointment|appts|appt ~2 left|available|gone
    nothing|none|no|nowt ~1 left ~2 by|when|at|once
    by the time i|id ~1 got|get through
    nobody|never|noone ~2 answers|answer|picks $
    not a single appointment|appointments|slot
    appointments ~3 gone|none|full
    told to ring|call|phone|try ~2 back|again ~2 tomorrow|tmrw|monday|next|8am|later
    nobody|noone|no|never|nobodys [one] ~2 rang|called|phoned|rings|calls|got|gets|answered|answers|answer|picks|returned ~1 back|me|up|my|the|phone
    didnt|never|not|hasnt|havent ~2 ring|call|phone|rang|called|phoned|heard ~2 back|me|from
    phones|phone|lines|line ~3 never|always ~2 answered|engaged|busy|dead
    cut off ~3 after|again|waiting|hold|queue
    fobbed|brushed|palmed off
    sent|turned ~1 away
    sent ~1 home ~2 with|and|without|told
    face to face ~3 refuse|refused|wont|impossible|never|cant|no
    refused|refuse|refusing|wont|wouldnt ~2 see|give|prescribe|refer|examine ~2 me|my|him|her|us|a
    @prescription 0.8 a prescription problem
    prescription|prescriptions|meds|medication|repeat|script|scripts ~4 not|never|wasnt|isnt|still|hasnt|havent ~2 ready|done|sent|there|arrived|issued|signed|been|received|at
    prescription|prescriptions|meds|medication|script|scripts ~4 lost|wrong|missing|messed|ignored|mistake|delayed|cancelled|error
    they|you|youve|theyve|surgery|practice|pharmacy|chemist|reception|someone|somebody ~2 lost|forgot|forgotten|misplaced|messed ~2 my|the|his|her ~2 prescription|prescriptions|meds|medication|script|referral|results|bloods|sample|letter|notes
    wrong ~1 medication|tablets|dose|drug|meds|prescription|patient|results|letter
    run|ran|running|been ~1 out of ~2 medication|meds|tablets|inhaler|insulin ~4 because|cos|waiting|still|surgery|pharmacy
    @referral 0.75 care not passed on
    referral|referrals|results|letter|letters|bloods ~4 not|never|lost|still|wasnt|werent|hasnt|havent ~3 sent|passed|done|received|back|chased|made|followed
    never|not ~1 passed|sent|followed ~1 on|up|through
    nobody|noone|no|never ~2 told|tells|informed|bothered ~2 me|us|him|her|to
    had|have|having to chase ~3 referral|results|prescription|surgery|them|it|this
    @rude 0.8 rude or dismissive treatment
    rude|rudest|dismissive|condescending|patronising|patronizing|unhelpful|unprofessional|arrogant|abrupt|obnoxious|uncaring|heartless|sarcastic|snotty|snooty|stroppy|unsympathetic|belittled|belittling|disrespectful
    attitude ~3 receptionist|receptionists|reception|staff|doctor|gp|nurse|stinks|problem|towards
    receptionist|receptionists|reception|staff|doctor|gp|nurse ~3 attitude
    spoke|speak|speaks|talked|talks|treated|treat|treats ~2 to|me|us|like ~1 dirt|rubbish|crap|muck|child|idiot|shit
    talked|talks|talking|spoke down to
    doctor|gp|she|he|they|nobody|receptionist|receptionists|staff|dr|nurse ~2 didnt|doesnt|dont|never|wouldnt ~1 listen|care|believe
    shouted|snapped|yelled|laughed|sneered|tutted|rolled ~2 at ~1 me|us|her|him|my
    put the phone down on me|us
    hung up on ~1 me|us
    made ~1 me|us feel ~2 stupid|small|rubbish|worthless|nuisance|burden|idiot|silly
    @diagnosis 0.8 a failure of care
    misdiagnosed|misdiagnosis|misdiagnose|misdiagnosing
    wrong diagnosis
    diagnosed wrong|wrongly|incorrectly
    missed|missing ~2 my|his|her|the ~1 diagnosis|cancer|fracture|break|appendicitis|sepsis|infection|tumour|diabetes|symptoms
    all in my|your|her|his head
    @careweak 0.45 a possible failure of care
    told ~3 it|its|was ~1 nothing|anxiety|viral|virus|stress|muscular|indigestion
    turned out ~4 broken|fractured|cancer|sepsis|appendicitis|pneumonia|infection|wrong
    ended up ~3 hospital|ambulance|emergency|icu|resus|ae|e
    should|could have been ~2 seen|caught|picked|diagnosed|spotted|avoided|sooner
    """

    static let negativeReview = """
    @badreview 0.6 a bad review
    worst|useless|hopeless|terrible|awful|rubbish|dreadful|poor|crap|crappy|shit|shite|bad ~2 surgery|practice|service|gp|doctors|reception|receptionists|staff|place|experience|care|medical
    surgery|practice|service|place|reception|receptionists|doctors|staff|system ~3 is|are|was|were|s ~3 useless|hopeless|terrible|awful|rubbish|dreadful|poor|crap|shite|joke|worst|failing|broken
    avoid this|that place|surgery|practice
    avoid ~3 plague|costs
    1|one|0|zero|no star|stars
    wouldnt|not|never|dont|cant|couldnt ~1 recommend
    waste of ~1 time|space|money
    @weak 0.3 a mild grievance
    any chance ~2 more|of|extra|better|could
    would be nice|good|great if
    why ~2 cant|cannot|isnt|dont|do|does|is ~3 you|they|surgery|practice|i|we
    frustrating|frustrated|annoying|annoyed|disappointed|disappointing|unhappy|fuming|livid|furious|angry
    not happy
    changing|switching|leaving ~3 surgery|surgeries|practice|gp|doctors
    """

    static let veto = """
    @veto 0 not a grievance
    cant|couldnt complain
    nothing|no|never|not ~2 complain|complaint|complaints|complaining
    no|never|without ~2 complaints|complaint|problem|problems|issues|wait|waiting|queue|fuss
    no|not|never ~2 long|much ~1 wait|waiting|queue
    to be rude|cheeky
    dont mean|want to be rude
    complained|complaining|complain|complains of
    recommend ~2 enough|highly
    """
}
