/// Phrases of a grievance about care or service, for `ComplaintDetector`. Each space-separated slot of
/// a pattern is one word (`a|b` are alternatives for that word). Cues in the `rude` section are
/// adjectives a close "not"/"never" cancels ("never rude", "wasn't dismissive").
enum ComplaintPhrases {
    static let grievance = """
    @outrage 0.85 an outraged grievance
    disgrace|disgraceful|disgusting|appalling|shocking|atrocious|diabolical|shambolic|horrendous|outrageous|unacceptable|scandalous|pathetic|deplorable|shambles|farce
    absolute|total|complete|utter|f***ing|flipping|bloody joke|shambles|farce|nightmare|disgrace|disaster
    absolute|absolutely|total|complete|utter|actual|bloody|flipping|effing|fucking|friggin|frigging|sodding ~2 joke|shambles|farce|circus|clownshow|shambolic|disgrace|disgraceful|ridiculous|disaster
    beyond a ~1 joke
    not fit for purpose
    cheers|thanks|thank|ta ~1 for nothing|nowt
    make it make sense
    couldnt|cant|could|wouldnt make ~1 it|this up
    beggars belief
    up in a brewery
    gone|going|went ~1 downhill
    gone|going|went down hill
    gone|going|went to pot
    is|its|it's|s|are|was|what|such a joke|shambles|farce|nightmare|disgrace
    not good enough
    sick|fed|tired of ~3 this|surgery|practice|waiting|ringing|chasing|being|having
    sick and tired
    fed up ~2 with|of
    had enough of ~2 this|the|surgery|practice
    @complain 0.9 a stated complaint
    how|where|who ~1 do|can|should|would|to ~3 complain|complaint|complaints
    complaints|complaint procedure|process|form|policy|department|manager|team|email|address|line|letter
    make|making|made|raise|raising|put|file|lodge|lodged|filing|submit|submitted|lodging ~2 formal|official|a|an ~1 complaint
    i|we|ive|weve|have|already|will|going|gonna|want|shall|ill ~2 complain|complained|complaining
    complained|complain|complaining ~2 to ~1 practice|surgery|manager|nhs|ombudsman|pals|cqc|icb|mp|them
    complained ~2 before|already|twice|again|multiple|numerous|several
    reporting|report ~3 you|this|surgery|practice ~2 to cqc|ombudsman|nhs|icb|gmc|pals
    cqc|ombudsman|pals|gmc|nmc|icb ~3 hear|know|about|informed|contacted|complaint
    @repeat 0.6 a repeated failure
    third|fourth|fifth|3rd|4th|5th|10th|tenth|umpteenth|nth time
    second|2nd time ~4 happened|running|row|again
    time and time ~1 again
    every single time
    yet again
    again and again
    still ~2 not|havent|hasnt|no|nothing ~2 heard|had|received|got|been|sorted|done|ready|back|answer|reply|appointment|prescription|results|call
    @still 0.75 still waiting
    still waiting|chasing
    still ~2 no|not|nothing ~1 word|news|response|update|contact|joy|reply|call|letter|text|sign
    @wait 0.8 a long wait
    waited|waiting|waitin ~4 weeks|months|ages|forever|hours|hrs|days|wks
    wait|waits ~2 over|nearly|almost|for|of ~2 weeks|months|hours|ages|forever|wks
    had|have|having to wait ~3 weeks|months|hours|ages|forever|days|wks
    weeks|months ~3 for an|a appointment|appt|call|callback|referral|results|prescription|scan|letter
    weeks|months|month wait
    week|wk|wks|fortnight|fortnights wait|waiting|waits
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
    no|zero appointments|appts|slots ~1 by|at|after|left|again|today|til|till|until|for
    no|zero appointments|appts|slots $
    nothing|none|no|nowt ~1 left ~2 by|when|at|once
    by the time i|id ~1 got|get through
    nobody|never|noone ~2 answers|answer|picks $
    not a single appointment|appointments|slot
    appointments ~3 gone|none|full
    told to ring|call|phone|try ~2 back|again ~2 tomorrow|tmrw|monday|next|8am|later
    told|tells|telling ~3 ring|call|phone|try ~2 back|again ~1 tomorrow|tmrw|tmw|tomoz|2moro|next|monday|8am|8|later|another
    nobody|noone|no|never|nobodys [one] ~2 rang|called|phoned|rings|calls|got|gets|answered|answers|answer|picks|returned ~1 back|me|up|my|the|phone
    nobody|noone|no|never|nobodys [one] ~2 rung|ringing|calling|emailed|texted|messaged|contacted|replied|responded|bothered ~1 back|me|us|to
    not|never|hasnt|havent|didnt|doesnt|dont|wont|wouldnt|nobody ~2 replied|responded|acknowledged|answered|returned ~3 email|emails|message|messages|calls|call|letter|letters|complaint|me|us|my|single
    didnt|never|not|hasnt|havent ~2 ring|call|phone|rang|called|phoned|heard ~2 back|me|from
    phones|phone|lines|line ~3 never|always ~2 answered|engaged|busy|dead
    cut off ~3 after|again|waiting|hold|queue
    fobbed|brushed|palmed off
    fob|fobs|fobbing|brush|brushing|palm|palming|fobbed|brushed ~2 off|aside
    sent|turned ~1 away
    sent ~1 home ~2 with|and|without|told
    face to face ~3 refuse|refused|wont|impossible|never|cant|no
    refused|refuse|refusing|wont|wouldnt ~2 see|give|prescribe|refer|examine ~2 me|my|him|her|us|a
    refused|refuses|refuse|refusing ~2 to ~1 see|give|prescribe|refer|examine|visit|treat|help
    given|gave|giving up ~2 on ~1 the ~1 phones|phone|surgery|practice|ringing
    queue|que position
    @prescription 0.8 a prescription problem
    prescription|prescriptions|meds|medication|repeat|script|scripts ~4 not|never|wasnt|isnt|still|hasnt|havent ~2 ready|done|sent|there|arrived|issued|signed|been|received|at
    prescription|prescriptions|meds|medication|script|scripts ~4 lost|wrong|missing|messed|ignored|mistake|delayed|cancelled|error
    they|you|youve|theyve|surgery|practice|pharmacy|chemist|reception|someone|somebody ~2 lost|forgot|forgotten|misplaced|messed ~2 my|the|his|her ~2 prescription|prescriptions|meds|medication|script|referral|results|bloods|sample|letter|notes|form|forms|paperwork|request|records|email|details
    wrong ~1 medication|tablets|dose|drug|meds|prescription|patient|results|letter|vaccine|jab|injection|dosage|bloods|notes|records
    they|you|surgery|practice|theyve|youve|doctor|gp|hospital|someone|receptionist|reception|clinic ~2 cancelled|canceled|binned|moved ~3 my|our|his|her|appointment|appt|op|operation|scan|jab|review|referral|again|twice
    appointment|appt|appointments|op|operation|scan|clinic|jab|review ~3 was|been|got|has|keeps|getting|keep ~1 cancelled|canceled|moved|rescheduled|pulled
    cancelled|canceled ~2 on ~1 me|us
    cancelled|canceled ~4 minutes|mins|hour|hours|day|night before|beforehand|notice
    last|eleventh minute cancelled|canceled
    stopped|changed|cut|reduced|took|taken|halved ~4 without ~2 telling|asking|consulting|explanation|warning|notice|consent|checking|discussion|review
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
    missed|ignored ~2 the|all|obvious|warning ~1 signs|symptoms|lump|red
    missed|missing ~2 my|his|her|the ~1 diagnosis|cancer|fracture|break|appendicitis|sepsis|infection|tumour|diabetes|symptoms
    all in my|your|her|his head
    gave|given ~3 wrong|incorrect ~1 medication|tablets|dose|drug|meds|vaccine|jab|injection|advice|information|info|diagnosis|results
    @careweak 0.45 a possible failure of care
    told ~3 it|its|was ~1 nothing|anxiety|viral|virus|stress|muscular|indigestion
    turned out ~4 broken|fractured|cancer|sepsis|appendicitis|pneumonia|infection|wrong
    ended up ~3 hospital|ambulance|emergency|icu|resus|ae|e
    should|could have been ~2 seen|caught|picked|diagnosed|spotted|avoided|sooner
    """

    /// Grievances in everyday words, counted only when the comment is about the practice's care or
    /// service (`ServiceContext`): "ridiculous", "what's the point", "given up on the phones".
    static let contextual = """
    @ctx-outrage 0.75 an outraged grievance
    all|total|complete|absolute|utter ~1 mess
    ridiculous|ridiculus|rediculous|ludicrous|laughable|farcical|absurd|shambolic|madness|dire|abysmal|woeful|horrendous|horrific|abominable|unacceptable|unexceptable|disgraceful
    joke|shambles|circus|farce ~1 this|that ~1 place|surgery|practice|lot
    whats|what the point
    what is the point
    how|why ~2 is|are ~2 this|that|it|he|she|they|someone|anyone ~2 acceptable|allowed|legal|ok|okay|right|fair
    is|are|s|was|were ~2 a ~1 mess|shambles|circus|farce
    @ctx-insult 0.7 contempt for the practice
    muppets|clowns|morons|idiots|imbeciles|numpties|amateurs|cowboys|crooks|jokers|incompetent|incompetence|inept|clueless|amateurish
    useless|hopeless|thick ~3 lot|bunch|surgery|practice|place|service|staff|reception|receptionists|receptionist|doctors|doctor|gps|gp|nurse|system|admin|people|you|yous|ones|them
    you|your|yous|ur|theyre|they|are ~3 useless|hopeless|thick|clueless|incompetent
    shower|bunch|lot of ~1 muppets|clowns|idiots|amateurs|cowboys|useless|incompetent|morons|crooks|jokers|numpties
    sort your|yourselves|yourself|ur ~2 out|act|selves|house|system
    get your|ur act ~1 together
    pull your|ur ~1 finger|fingers|socks
    screw|sod ~1 you|your|off|this
    cant|couldnt|cannot|cnt ~1 even ~3 sort|get|do|manage|organise|organize|answer|send|book|process|find|ring|call|spell|run
    @ctx-rude 0.75 rude or dismissive treatment
    smug|snide|curt|offhand|blunt|cocky|jobsworth|jobsworths|ignorant|vile|shirty|narky|mardy|snappy|hostile|gatekeeping|gatekeepers|gatekeeper|rudeness|rudely|arrogance|disrespect|disrespected|humiliated|humiliating|dismissed|ignored|ignoring
    short|sharp|curt|shirty|snappy|abrupt|funny ~1 with ~1 me|us|my|mum|dad|him|her
    no|zero|without ~1 manners|respect|compassion|empathy|courtesy|sympathy|common
    some|any ~1 manners|respect|compassion|empathy|courtesy
    learn|learnt|taught|teach|need ~3 manners|respect|compassion|empathy|courtesy|customer|people
    attitude|tone|manner|manners ~7 unbelievable|disgusting|appalling|shocking|terrible|awful|stinks|vile|horrible|nasty|uncalled|disgraceful|poor|atrocious|dreadful|unacceptable|rude|foul|diabolical|stank|needs
    bad|poor|terrible|awful|shocking|horrible|nasty|stinking|foul|appalling|disgusting ~1 attitude|attitudes|manner|manners|tone
    attitude problem|problems
    spoke|speak|speaks|talked|talks|talk|looked|looks|look|treated|treats|treat ~3 like ~1 i|we|im|id|an|a|something|dirt|rubbish|muck|crap
    didnt|doesnt|dont|wouldnt|couldnt|wasnt|werent|never ~1 want to know
    couldnt|could care less
    not|wasnt|werent|isnt|never ~1 interested|bothered
    not|never|wasnt|werent|dont|didnt|doesnt ~2 listened|listen|heard ~1 to
    not|never|nobody|noone|didnt|doesnt|dont|wont|wouldnt|isnt|wasnt ~3 seriously
    told|tells|telling ~3 go away|elsewhere
    told|tells|telling ~3 stop ~1 wasting|moaning|complaining|ringing|calling
    take it up with
    wasting ~2 his|her|their|your|the|doctors|gps|everyones ~1 time
    time waster|wasters
    timewaster|timewasters|timewasting
    rolled|rolls|rolling ~2 eyes
    didnt|never|not|wouldnt|wont|doesnt ~1 even ~3 look|examine|check|listen|bother|ask|read|glance|get|touch|put|try|apologise|acknowledge
    shouting|shouted|screaming|screamed|yelling|yelled|swearing|swore ~2 at ~2 patients|patient|people|man|woman|lady|mum|dad|old|elderly|someone|customers|everyone
    how ~2 spoke|speaks|talked|talks|treated|treats ~1 to|me|us|patients|people
    @ctx-wait 0.7 a long wait
    tried|rang|called|phoned|emailed|chased|asked|requested|trying|ringing ~3 twice|3|three|4|four|5|five|6|six|7|10|ten|15|20|several|numerous|multiple|countless|many|loads|hundreds ~1 times|x|occasions
    asked|told|rang|called|chased|emailed|requested ~2 twice
    been|ive|i|have ~1 trying|tried|ringing|chasing ~2 since|all|for ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|days|weeks|ages|morning|yesterday|8am|8|last
    waiting|waited|chasing|chased since
    been|taken|took ~2 working|whole|full|solid ~1 days|weeks|week|month|months
    sat|stood|stuck|kept|sitting|standing ~5 minutes|mins|hour|hours|hrs|hr|ages|forever
    minutes|mins|hour|hours|hr|hrs ~2 late|past|after|behind ~2 my|appointment|appt|time|schedule
    another ~3 week|weeks|month|months|hour|hours|day|days ~1 wait|waiting
    given|gave|giving ~1 up ~3 on|trying|ringing|phoning|calling|waiting|getting
    rings|rang|ringing|rung out
    rings|rang and rings|rang
    ringing and ringing
    then|and|just|keeps|kept|always ~1 cuts|cut|disconnects|disconnected|hangs ~1 off|out|up
    disconnected
    got|get|gets|keep|kept|being ~1 cut ~1 off
    constantly|always|permanently|still ~1 engaged
    queue|que|queueing|queuing position|number|place
    position|number ? in ~1 queue|que|line
    standing room only
    crammed|rammed|heaving|overcrowded
    @ctx-access 0.7 no access to care
    form|forms|econsult|consult|consultation|engage|portal|app|website|site|link|system|online ~4 closed|shut|crashed|crashes|crashing|broken|offline
    never|nobody|noone ~2 on|at|manning ~1 reception|desk|phones
    never|nobody|noone ~1 anybody|anyone|one ~2 on|at ~1 reception|desk|phones
    why ~1 is|are|do|does|can|cant|isnt ~3 never|always|nobody|noone|still
    how|what am|are|is ~4 supposed|meant|expected ~1 to ~1 do|manage|cope|get|live|work|know|see|afford|survive|book
    not everyone|everybody ~2 has|have|can|is|uses|use|owns
    no use|good ~1 to ~2 me|people|elderly|those|anyone|us|her|him|mum|dad|patients
    not|isnt|arent|dont|doesnt ~1 on ~1 the ~1 internet|online|computer|computers|email
    cant|cannot|couldnt|unable|struggle|struggles|struggling|impossible ~3 use|fill|manage|navigate|climb ~3 online|app|form|forms|computer|internet|website|econsult|stairs|steps|door
    disabled|badge|wheelchair ~3 spaces|space|bays|bay|parking|access ~5 taken|full|blocked|used|abused|none|no|impossible
    no|not ~2 ramp|lift|loop|accessible
    no|not|poor ~1 disabled|wheelchair ~1 access
    no|zero|little|not ~2 chance|way|hope ~3 appointment|appt|seen|seeing|through
    impossible|hard|difficult|nightmare ~2 to ~1 see|get|book|speak|contact|reach ~3 doctor|gp|appointment|anyone|someone|nurse|through
    @ctx-tech 0.45 online services not working
    wont|doesnt|dont|didnt|never|cant|couldnt ~1 let|lets ~1 me|us ~1 log|book|order|sign|login|request|register|in|on
    link|website|app|form|page|site|system|login|portal ~3 doesnt|dont|wont|isnt|not|never|didnt ~1 work|working|load|loading|let
    @ctx-failure 0.7 care not passed on
    never|not|wasnt|werent ~1 received|recieved|arrived|actioned|processed|logged|followed
    sent|going|gone|posted ~3 wrong|old|previous ~1 address|house|number|person|patient|email
    only|never ~1 found|find|finding ~1 out
    found out ~3 later|myself|accident|hospital
    had|have|having ~1 to ~1 chase|sort|ring|call|do|find ~3 myself|ourselves
    chase|chased|chasing|rang|sorted ~3 myself|ourselves
    still nothing|nowt $
    no|not|never|without|didnt|nor ~3 apology|apologies|apologise|apologize|apologised|apologized
    not|no|without ~1 even|one|a ~1 sorry|apology
    not|never|nobody|noone|didnt|hasnt ~2 told|explained|informed|updated|warned|consulted ~1 me|us|anyone|the|my|why|what
    promised|promise|promising ~8 never|didnt|hasnt|havent|still
    keep|keeps|kept ~1 cutting|changing|stopping|reducing|cancelling|losing|forgetting|ignoring|moving|messing
    black and blue
    chatting|gossiping|laughing|giggling|nattering|scrolling ~4 while|whilst|instead
    on their|her|his ~1 phones|mobiles|phone|mobile
    death|fire trap|traps
    deathtrap|filthy|grubby|unhygienic|unsanitary
    @ctx-repeat 0.6 a repeated failure
    second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th day|week|month|morning|time ~1 running|in
    @ctx-care 0.55 a possible failure of care
    blamed|blames|blaming ~3 anxiety|stress|weight|age|hormones|menopause|depression|being|my
    put|puts|putting ~2 it|everything|this|down ~2 to ~1 anxiety|stress|weight|age|hormones|menopause|depression|being
    just|only ~1 anxiety|stress|hormones|menopause|viral|virus
    dont|doesnt|didnt|nobody|noone ~2 know|knew ~1 whats|what ~2 wrong
    @ctx-delay 0.6 a long wait
    offered|given|got ~4 in|for ~2 days|weeks|fortnight|months
    earliest|next|first ~3 available|appointment|appt|slot|one ~4 weeks|months|fortnight
    weeks|days|hours|month|months|week|day later ~5 hospital|ae|lri|qmc|royal|resus|icu|appendix|ambulance|surgery|operated|operation|diagnosed|broken|fractured|cancer|sepsis|infection|admitted
    @ctx-weak 0.4 a hint of a grievance
    ffs|fml|wtf|smh|jeez
    seriously|ugh|again $
    not happy|impressed|amused|pleased|satisfied|comfortable|acceptable|fair|right|good|great|ok|okay
    unimpressed|dissatisfied|horrified
    why ~2 cant|cannot|couldnt|wont|didnt|hasnt|havent|isnt|arent
    why do|should|must ~1 i|we|patients|people|you ~1 have|need ~1 to
    been|taken|took ~2 weeks|months|fortnight|ages|forever
    running|ran ~2 late|behind
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
    no|not ~1 need|needed|necessary|required|worries ~3 apology|apologies|apologise|apologize|sorry|appointment|appointments|appt
    appointments|appointment|appt|appts|slots ~1 not ~1 needed|necessary|required
    no|without ~1 appointment|appointments|appt|appts ~1 needed|necessary|required|need|just
    2|two week wait ~1 referral|appointment|pathway|clinic|scheme
    only|just|barely ~2 minutes|mins
    less than ~2 minutes|mins
    weather|traffic|rain|roads|road|football|match|game|ref|referee|telly|tv|film|tesco|asda|aldi|lidl|sainsburys|morrisons|coop|trains|train|bus|buses|m1|a6|council|government|prices|petrol ~4 joke|shocking|disgrace|disgraceful|appalling|ridiculous|shambles|farce|nightmare|dire|diabolical|atrocious|horrendous|awful|terrible|useless|pathetic|abysmal
    joke|shocking|disgrace|disgraceful|appalling|ridiculous|shambles|farce|nightmare|dire|diabolical|atrocious|horrendous|awful|terrible|useless|pathetic|abysmal ~3 weather|traffic|rain|roads|football|match|game|ref|referee|telly|tv|film|tesco|asda|aldi|lidl|sainsburys|morrisons|coop|trains|train|bus|buses|council|government|prices|petrol
    no joke
    i|ive|id|we ~1 shouted|snapped|yelled|laughed|tutted
    joke ~2 about|aside
    """
}
