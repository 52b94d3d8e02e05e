/// Phrases of risk to a vulnerable person, for `SafeguardingDetector`. Sections: `self` (suicide and
/// self-harm), `abuse` (domestic abuse), `child`, `adult` (a vulnerable adult at risk), `general`, `veto`.
/// Each space-separated slot of a pattern is one word (`a|b` are alternatives for that word).
enum SafeguardingPhrases {
    static let selfHarm = """
    @self 0.93 talk of suicide
    kill|killing|kil|top|topping|off|offing myself|meself|myslef|mself
    kms
    end|ending|take|taking my [own] life
    end|ending it all
    end|ending it ~2 tonight|tonite|2nite|today|soon|now
    sleep and ~1 not|never wake
    had enough of everything|life|living
    feel|feeling like giving up $
    want|wanna|planning|plan|ready ~2 to|2 end|finish it $
    want|wanna|planning ~2 [to|2] die|disappear
    want|wish ~2 i|id was|were dead
    wish i|id never ~2 born
    wish i|id ~2 not|never wake|woken up
    dont|dnt|do want to wake up
    dont|dnt want to be here|alive|around ~2 anymore|any|no
    dont|dnt want to live|exist
    better off dead
    better off without me
    nobody|noone|nobodys|noones|no [one] would|will|wud|wld|gonna ~1 miss me
    nobody|noone|no [one] would|will|gonna|wud ~1 notice|care|miss ~1 if|when i|im ~2 gone|dead|died|die|wasnt|not
    no|nothing reason|left to live ~2 for
    no point ~1 living|being|existing
    no point in living|life
    no point ~1 going|carrying on $
    nothing to live for
    dont|dnt|cant see the|any point ~2 anymore|any|living|life|anything
    dont|dnt|cant see the|any point ~2 going|carrying on $
    dont|dnt|cant see the|any point $
    whats|wats the point ~1 living|life|anything
    whats|wats the point anymore $
    cant|cannot|cnt go on ~2 anymore|any|like|living|much|with $
    cant|cannot|cnt go on $
    cant|cannot|cnt keep going ~2 anymore|any|like $
    cant|cannot|cnt do this|it|life anymore|any $
    tired|sick of living|life|existing
    tired|sick of being alive
    suicidal
    thoughts of suicide|dying|ending
    tried|attempted|attempt|trying to kill myself
    attempted|attempt suicide
    commit suicide
    took|taken|take|taking|done|did|do ~2 an|a overdose|od
    take|taking|swallow|swallowing|neck|necking all|every ~2 my|me|the tablets|pills|meds|medication|paracetamol
    taken ~2 all|load|lot|bunch ~2 my|the tablets|pills|meds
    saving|stockpiling|hoarding|saved|stockpiled ~2 my|up tablets|pills|meds|medication
    jump|jumping|throw ~1 off|in ~3 bridge|train|building|roof|lorry|cliff|motorway
    hang|hanging myself
    slit|slitting|cut|cutting my wrists
    cut|cutting|harm|harming|hurt|hurting|burn|burning myself|meself
    i|im|i'm|been|started|start|keep ~1 cutting again
    started ~2 cutting|selfharming ~2 again
    relapsed ~3 harm|cutting|selfharm
    @selfmention 0.8 talk of self-harm
    self harm|harming
    selfharm|selfharming
    overdosed
    suicide attempt
    in a [very|really|such] dark place
    feel|feeling like ~2 ending it
    giving|given|give up on life|living
    """

    static let abuse = """
    @abuse 0.9 a disclosure of domestic abuse
    he|she|husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance ~2 hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangles|strangled|throttled|shoved|batters|battered|rapes|raped me
    he|husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance ~2 hits|beats|punches|punched|kicks|slaps|slapped|chokes|choked|strangled|batters|battered ~1 her|him
    he|she|husband|partner|boyfriend|wife|girlfriend|ex|hubby ~2 threatened|threatens|threatening to kill|hurt|stab|strangle me
    husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fella ~2 wont|doesnt|dont|never|wouldnt let me ~2 leave|go|out|see|have|talk|speak|work|ring|phone|call
    wont|doesnt|wouldnt|never let|lets me ~1 leave the|my house|home|flat
    wont|doesnt|wouldnt|never let|lets me ~1 go out
    wont|doesnt|wouldnt|never let|lets me ~1 see my friends|family|mum|mam|dad|sister
    wont|doesnt|wouldnt|never let|lets me ~1 have my|any|a own|money|phone|bank
    scared|afraid|frightened|terrified|petrified|dread|dreading ~1 to go|going home
    scared|afraid|frightened|terrified|petrified of my husband|partner|boyfriend|wife|girlfriend|ex|hubby|fella
    scared|afraid|frightened|terrified|petrified of what he|she ~2 do|will|ll|might
    controls|controlling ~2 my money|phone|bank|finances|everything
    controls|controlling who i see|where i go
    takes|took my ~2 card|money|phone|keys ~3 so i cant
    cant|cannot|cnt ring|call|phone|talk|speak|ask ~3 in front of him|her
    cant|cannot|cnt ring|call|phone|talk|speak ~3 when|while he|she|hes|shes ~1 home|in|here|around
    checks|goes through my phone ~3 every|all|constantly|always
    locks|locked me in
    abusive relationship|partner|husband|boyfriend|marriage|ex
    domestic abuse|violence
    coercive control|controlling|behaviour|relationship
    my husband|partner|boyfriend|hubby|wife|girlfriend is|s ~1 violent|abusive
    im|i|i'm [am] ~1 not safe ~1 at|in home|here|house
    im|i|i'm [am] ~1 not safe $
    dont|not feel safe at|in home|my|the
    """

    static let child = """
    @child 0.85 a child at risk
    kids|children|kid|child|baby|babies|toddler|toddlers|twins ~5 left|leaves|leaving ~2 alone|unattended
    little one|ones ~3 left|leaves|leaving ~2 alone|unattended
    kids|children|kid|child|baby|toddler|one|ones ~3 left|leaves|leaving ~2 home alone
    kids|children|kid|child|baby|toddler|one|ones ~5 left|leaves|leaving on their|her|his own ~3 all|for|every|overnight|while
    left|leaves|leaving ~3 kids|children|kid|child|baby|toddler|ones ~2 alone|unattended
    bruise|bruises|bruising|marks|burns|burn|welts ~3 on ~3 kid|kids|child|children|childs|baby|babys|one|ones|toddler|toddlers|boy|boys|girl|girls|lad|lads|son|sons|daughter|daughters
    black eye ~3 on ~3 kid|kids|child|children|baby|one|toddler|boy|girl|lad
    he|she|dad|mum|stepdad|stepmum|boyfriend|partner ~2 hurts|hits|hit|beats|beat|shakes|shook|smacks|smacked|slaps|slapped|punches|kicks|burns|burnt|abuses|abused ~2 the|my|her|his|their baby|child|kids|children|one|toddler|son|daughter|boy|girl
    shaking|shook|shakes the baby
    child|children|kid|kids|baby ~2 being|been abused|neglected|beaten|groomed
    child abuse|neglect|cruelty
    groomed|grooming ~3 child|kid|girl|boy|daughter|son
    @childweak 0.7 a child possibly at risk
    kids|children|kid|child|baby|toddler|ones ~2 are|is|always|been|so ~1 hungry|starving|filthy|dirty
    kids|children|kid|child|baby|toddler|ones ~3 not been|never|not|arent|isnt ~1 fed
    kids|children|kid|child|baby|toddler ~3 no food|shoes|coat|heating
    home alone ~2 all|every|again|overnight
    neglected|neglecting ~2 kids|children|child|baby|toddler
    """

    static let adult = """
    @adult 0.8 a vulnerable adult at risk
    she|he|hes|shes|neighbour|nan|gran|grandad|grandma|mum|dad|lady|man|woman|gentleman|uncle|aunt|auntie|chap|fella|bloke ~4 hasnt|not|isnt|wasnt|nt been seen|heard|out ~4 days|weeks|week|since
    curtains ~2 closed|shut|drawn ~3 days|week|since
    she|he|hes|shes|neighbour|nan|gran|grandad|grandma|mum|dad|lady|man|woman|gentleman|uncle|aunt|auntie ~2 hasnt|not|isnt|wasnt|nt answered|answering ~3 door|phone ~3 days|since|ages
    nobody|noone|no [one] ~1 has|s|have|had ~1 seen|heard ~2 her|him|them ~3 days|weeks|since
    nobody|noone|no [one] ~2 feeding|checking|looking|caring|visiting|washing ~2 her|him|them
    nobodys|noones feeding|checking|looking|caring
    not being fed|washed|changed|checked
    not being looked|cared
    financially abused|abusing|exploited|exploiting|abuse
    financial abuse
    being ~2 abused|neglected|exploited
    taking|stealing|took|stole|steals|takes|draining|emptied|emptying|drained ~2 her|his|their|mums|dads|nans|grans|grandads|grandmas ~1 pension|money|savings|benefits
    @adultweak 0.6 a vulnerable adult possibly at risk
    lying|laying|lay|fell|fallen ~3 on the floor ~3 all|for|since|hours|days|overnight
    left in ~2 soiled|dirty|wet|urine|mess
    self neglect|neglecting
    selfneglect
    wandering ~3 streets|night|nightie|pyjamas|lost
    elderly|old|vulnerable|frail|confused ~3 neighbour|lady|man|woman|gentleman|mum|dad|nan|gran|grandad ~6 not|no|nobody|alone|neglected ~2 seen|food|heating|eating|feeding
    """

    static let general = """
    @general 0.45 a safeguarding concern
    safeguarding concern|issue|referral|worry|risk
    social services ~3 involved|called|ring|need|should|contact
    worried|worry|concerned|scared ~3 for her|his|their|my|the ~1 safety|life|welfare
    """

    static let veto = """
    @veto 0 idiom
    kill|killing|kil myself laughing
    died|dying|die|dead of|from|laughing ~1 embarrassment|laughing|shame|boredom|cringe
    die of|from embarrassment|shame|laughing|boredom
    want|wanna to die ~2 embarrassment|laughing|shame|lol|haha
    dying to|for
    dead on my feet
    could|would|id ~2 kill|murder for
    wish i was dead ~2 lol|haha|jk
    dont want to be here ~3 8am|queue|waiting|morning|hold
    cant go on ~1 hold|line|website|app|online|phone|computer
    cant do this|it anymore ~2 8am|queue|phone|hold|waiting|every
    what's|whats the point ~1 of|in ringing|calling|booking|having|phoning|trying|the
    hurt myself ~2 playing|at|running|gym|lifting|falling|football|garden
    cut myself ~2 shaving|cooking|chopping|finger|garden|paper
    been seen by|at
    burn|burnt|burned myself ~2 cooking|oven|iron|kettle|pan|tea|on
    """
}
