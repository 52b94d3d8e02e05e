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
    better off ~3 if i|im ~1 wasnt|weren't|werent|not|gone|dead
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
    tried|attempted|attempt|trying to kill|top|hang himself|herself|themselves|themself
    kill|killing|top|topping|hang|hanging himself|herself|themselves|themself
    unalive|unaliving|unalived myself|meself|himself|herself
    talking|talked|talks|talk|thinking|thought|thinks|think|mentioned|mentions|mentioning|threatening|threatened|threatens|keeps ~1 about|of ending|end it $
    talking|talked|talks|talk|thinking|thought|thinks|mentioned|mentions|threatening|threatened|threatens|keeps ~2 about|of ~1 killing|ending|harming|hurting himself|herself|myself|themselves|his|her|my
    talking|talked|talks|talk|thinking|thought|thinks|mentioned|mentions|threatening|threatened|threatens ~2 about|of suicide
    writing|written|wrote|write|left|leaving ~2 goodbye|suicide ~1 letter|letters|note|notes
    suicide note|notes|letter|letters
    said|saying|say ~1 my|his|her ~1 goodbyes
    stash|stockpile|hoard|collection|supply ~2 of ~1 pills|tablets|meds|medication|paracetamol|painkillers|codeine
    enough ~2 pills|tablets|meds|paracetamol|painkillers ~3 to|2 ~2 end|kill|finish
    took|swallowed|downed|necked|taken|swallow|down|neck ~3 packet|packets|box|boxes|bottle|lot|load ~3 tablets|pills|meds|paracetamol|painkillers|codeine|sleeping
    next time i|ill|id ~2 get|do it right|properly|proper $
    going|gonna|goin|gunna|gona|about ~2 to|2 end it $
    gonna|goin|gunna|gona|going end it $
    id|i ~1 rather ~2 be dead|die
    wish|wishing i ~1 could ~2 die|disappear|vanish
    wish|wishing ~1 i|id ~2 wasnt|weren't|werent|not alive|born
    done with life|living $
    end|ending my ~2 life|existence
    just end it|this $
    contemplating|considering|considered|contemplated|planning|planned|thinking ~2 suicide
    suicidal|suicide thoughts|ideation|feelings|plan|plans|method|methods|urges
    i ~2 should|deserve ~2 die $
    i ~2 should|deserve ~2 be dead $
    dont|dnt|not deserve to live|exist $
    dont|dnt|not deserve to be alive|here
    wish|wishing ~1 i|id ~2 never ~2 born
    drown|drowning myself|meself|himself|herself
    step|stepping|walk|walking|throw|throwing ~2 in front of ~2 train|bus|lorry|car|cars|traffic
    frightened|scared|afraid|terrified|worried of|about what i ~2 do|might|could|may $
    frightened|scared|afraid|terrified|worried of|about what i ~2 might|could|may ~1 do
    @selfthird 0.85 talk of self-harm
    cutting|harming|burning|starving|scratching himself|herself|themselves|themself
    harmed himself|herself|themselves|themself
    keeps|been|keep|started ~1 hurting|cutting|harming|burning himself|herself|themselves|myself
    arms|arm|wrists|wrist|legs|leg|thighs|thigh|stomach|body ~2 covered|full in|of ~1 cuts|scars|slashes|scratches|marks|burns
    cuts|scars|slashes|scratches ~1 on|up|all ~2 her|his|their|my ~1 arms|wrists|legs|thighs|arm|wrist|thigh|stomach
    found|finding|find ~3 razor|razors|blades|blade ~3 her|his|their ~1 room|bed|bag|drawer|pillow|bedroom|pencil
    self harmed
    selfharmed
    @selfweak 0.45 words of despair
    hate|hating myself|meself
    hate|hating my life $
    im|i'm|i|feel|feeling ~2 worthless|burden|useless ~2 to ~2 everyone|everybody|anyone|family
    feel|feeling|im|i'm ~1 so ~1 worthless
    burden to ~1 everyone|everybody|my|family
    @selfweak3 0.45 wanting it all to stop
    want|wanna|need ~2 it|everything|all ~2 to ~1 stop $
    make it|everything ~1 stop $
    cant|cannot|cnt cope ~2 anymore|any $
    cant|cannot|cnt take|handle ~1 it|this ~2 anymore|any $
    might|may as well ~2 be dead|die
    tired|sick ~2 of everything $
    cry for help
    @selfweak2 0.45 fear of what the poster may do
    dont|dnt know what ill|i'll|i|id ~2 do ~2 if|without|anymore|now
    dont|dnt know what ill|i'll|i|id ~2 do $
    @selfhosp 0.45 repeated emergency admissions
    woke|waking|woken|wake up ~1 in ~3 hospital|ae|a|resus|icu|itu|ward ~2 again
    @selfmeds 0.3 mental-health medication running out
    out|run|ran|running|none|no ~3 sertraline|citalopram|fluoxetine|mirtazapine|antidepressants|antidepressant|venlafaxine|quetiapine|lithium|olanzapine|risperidone|aripiprazole|duloxetine|escitalopram|paroxetine
    sertraline|citalopram|fluoxetine|mirtazapine|antidepressants|antidepressant|venlafaxine|quetiapine|lithium|olanzapine|risperidone|aripiprazole|duloxetine|escitalopram|paroxetine ~5 run|ran|im|i'm|running|none|gone ~1 out|left
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
    he|she|hes|shes|husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance|fella|stepdad|dad|father|son|brother|mum|mother|uncle|carer ~3 hitting|beating|punching|kicking|slapping|choking|strangling|throttling|battering|headbutted|headbutts|headbutting|bit|bites|biting|spat|assaulted|attacked|attacks|attacking|raping|slaps|smacks|smacked|smacking|thumped|thumps|thumping|strangles me
    husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance|fella|stepdad ~3 grabbed|grabs|grabbing|hurt|hurts|hurting|pinned|pins|pinning|burned|burnt me
    he|she|husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance|fella|stepdad|dad|son ~2 pushed|pushes|shoved|shoves|threw|throws|thrown|kicked|kicks|pinned|slammed|slams me ~2 down|into|against|across|off|over|onto|out
    dragged|drags|dragging|pulled|pulls|pulling me ~2 by ~2 hair|neck|throat
    he|she|hes|shes|husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance|fella|stepdad|son ~2 threw|throws|throwing|thrown|chucked|chucks|chucking|lobbed ~3 at me
    he|she|husband|partner|boyfriend|bf|wife|girlfriend|gf|ex|hubby|fiance|fella ~3 gave|given|give|gives|left|leaves me ~2 black|split|fat|broken|bruises|bruised ~1 eye|eyes|lip|nose|rib|ribs|arm|wrist|jaw|all|everywhere|on
    gave|given|give|gives me ~2 black eye|eyes
    says|said|saying|threatened|threatening|threatens|told|tells ~2 he|she|hell|shell|hed|shed ~2 hurt|kill|stab|batter|hit|beat|strangle|burn|smash|finish|end me
    threatening|threatened|threatens|threatning|threats ~2 to take|taking|taken ~1 the|my|our ~1 kids|children|baby|son|daughter|kid|child|little
    if anything happens to me ~4 him|he|hes|husband|partner|boyfriend|ex|her|she|shes
    in case he|she|husband|partner|boyfriend|hubby|ex ~1 finds|find|sees|see|hears|reads|checks|knows
    incase he|she|husband|partner|boyfriend|hubby|ex ~1 finds|find|sees|see|hears|reads|checks|knows
    without him|her|husband|partner|boyfriend|hubby|ex ~1 knowing|finding|seeing|hearing|reading|checking|noticing
    he|she|husband|partner|boyfriend|bf|wife|girlfriend|ex|hubby|fella ~2 checks|checking|monitors|monitoring|tracks|tracking|controls ~2 my phone|bank|messages|texts|location|money|emails|account|spending|card|cards|wages|benefits|passport
    husband|partner|boyfriend|bf|wife|girlfriend|ex|hubby|fella ~2 reads|reading|takes|took|keeps|has ~2 my phone|bank|messages|texts|location|money|emails|account|spending|card|cards|wages|benefits|passport
    he|she|husband|partner|boyfriend|bf|wife|girlfriend|ex|hubby|fella ~2 goes|went|going|looks|looking|looked through ~1 my phone|bank|messages|texts|emails|account|bag|purse
    he|hes|she|shes ~2 wont|doesnt|never|wouldnt|didnt let me ~3 leave|out|alone|own|friends|family|work
    husband|partner|boyfriend|bf|wife|girlfriend|ex|hubby|fella ~2 wont|doesnt|dont|never|wouldnt|didnt let me ~3 leave|go|out|see|work|talk|speak|ring|phone|call|alone|own|doctor|gp|appointment|appointments
    he|she|husband|partner|boyfriend|bf|wife|girlfriend|ex|hubby|fella ~2 followed|follows|following|tracked|tracks|tracking me ~3 to|there|everywhere|appointment|work|surgery|doctors|gp
    raped|rapes|raping me
    i|im|was|been|got ~1 raped
    i|im|was|been|got ~1 sexually ~1 assaulted|abused
    he|she|husband|partner|boyfriend|bf|ex|hubby|fella ~2 forced|forces|forcing|made|makes me ~3 sex|sexual|sleep
    marital rape
    stalking|stalks|stalked|stalker me|ex|partner|husband|boyfriend
    being|been stalked
    @abuseweak 0.45 controlling behaviour
    checks|checking|monitors|monitoring|tracks|tracking|reads|reading|goes|controls|took|takes ~2 my phone|bank|messages|texts|location|emails|account|money|card ~1 and ~2 my|bank|phone|messages|money|account|texts|card|emails
    scared|afraid|frightened|terrified|petrified of ~1 him|her $
    if he|she finds out
    walking|walk on eggshells
    womens aid
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
    teacher|coach|uncle|stepdad|man|neighbour|cousin|grandad|lodger|tutor ~2 touched|touches|touching|groped|gropes|molested|molests|interfered|interferes|interfering ~1 her|him|me|with
    left|leaves|leaving|leave ~3 kids|children|kid|child|baby|babies|toddler|toddlers|twins|ones|year|old|yo ~3 in ~1 the|a|her|his ~1 car|van
    year|old|yo|kids|children|child|baby|toddler|toddlers|twins|babies|ones ~3 left ~2 in ~1 the|a|her|his ~1 car|van
    slapping|slapped|slaps|smacking|smacks|smacked|punching|punched|punches|kicking|kicked|kicks|shaking|shook|shakes|beating|beats|battering|thumping|thumped|throttling|strangling|choking|hitting|hits ~2 the|her|his|their|them|those|that|this|my|a ~1 little|baby|babies|child|children|kids|kid|toddler|toddlers|son|daughter|boy|girl|ones|lad|lass|boys|girls|kiddies|kiddie|newborn
    slapping|slapped|smacking|smacked|hitting|hit|punching|kicking|shaking ~1 him|her|them ~2 round|around|across|about|on ~1 the ~1 head|face|legs|ear
    stepdad|dad|uncle|brother|cousin|grandad|man|boyfriend|lodger|he ~4 coming|comes|came|creeps|creeping|crept|sneaks|sneaking|snuck|keeps ~2 in|into ~1 my|her|his ~1 room|bedroom ~4 night|nights|nightly|when|while|asleep
    touches|touched|touching|touch me|her|him ~2 private|privates|inappropriately|sexually
    touches|touched|touching|touch me|her|him ~1 down there
    makes|made|making|forces|forced me|her|him ~2 touch|undress
    makes|made|making|tells|told me|her|him ~2 keep ~2 secret|secrets
    sexually ~1 abused|abusing|touching|assaulted ~2 me|her|him|child|kid|daughter|son|children|kids
    older man|men|guy|guys|bloke|blokes ~8 messages|messaging|sending|send|sent|meet|meeting|photos|pics|pictures|money|gifts|snapchat|chatting|talking ~3 her|him|my|daughter|son
    sending|sent|sends|giving|gave|gives ~1 her|him ~1 money|gifts|presents|vapes|alcohol|drugs ~6 meet|man|older|boyfriend|adult|secret
    being|been|getting groomed
    female genital mutilation
    fgm
    forced marriage
    @childweak2 0.7 a child possibly at risk
    kids|children|kid|child|baby|toddler|son|daughter|ones ~4 scared|terrified|frightened|petrified of ~1 their|his|her|the ~1 dad|father|stepdad|mum|mother|stepmum|boyfriend
    dirty|soiled|same|full nappy|nappies ~4 all|for|hours|days|day|night
    @childhint 0.45 a child possibly neglected
    always|constantly|never|often|permanently ~1 hungry|starving|fed|filthy|dirty|unwashed|smelly
    screams|screaming|shouts|shouting|yells|yelling|swears|swearing ~1 at ~2 baby|kids|children|child|toddler|son|daughter|little|boy|girl|ones
    @childhint2 0.45 sounds of violence
    heard|hear|hearing|hears ~2 slapping|smacking|hitting|screaming|thuds|banging
    @childhint3 0.4 an unexplained injury
    wont|doesnt|dont|cant|refuses|refused|wouldnt ~2 tell|say|explain ~2 what happened
    wont|doesnt|dont|cant|refuses|refused|wouldnt ~2 tell|say|explain ~2 how ~3 got|happened
    @childhint4 0.45 unexplained bruising
    came|come|comes|coming back|home ~6 bruise|bruises|bruising|marks|burns|cuts|injuries|black
    always|keeps|often|constantly|regularly|again ~2 has|got|getting|turning|with|covered ~2 bruises|bruising|marks|burns|black|cuts|injuries
    @childhint5 0.45 contact from an older stranger
    asking|asked|wants|wanted|begging|keeps to meet her|him|up
    @childhint6 0.45 a child out late
    out|outside|wandering|roaming|playing|roams|wanders ~3 till|until|past|after ~1 midnight|11|12|10|1am|2am|dark
    @childhint7 0.45 a child without proper clothes
    no|without ~1 coat|coats|shoes|socks ~3 in|winter|cold|freezing|snow|rain|december|january
    @childweak 0.7 a child possibly at risk
    kids|children|kid|child|baby|toddler|ones ~2 are|is|always|been|so ~1 hungry|starving|filthy|dirty
    kids|children|kid|child|baby|toddler|ones ~3 not been|never|not|arent|isnt ~1 fed
    kids|children|kid|child|baby|toddler ~3 no food|shoes|coat|heating
    home alone ~2 all|every|again|overnight
    @veto 0 a joke about a hungry family
    starving|hungry ~3 whats|what's|wots|tea|dinner|lunch|breakfast|supper|snack|snacks|teatime|lol|haha|pizza|chippy
    hits|hitting|kicking|kicks|biting|bites|slapping|pushing ~2 other|another ~1 kids|children|child|toddlers|toddler|boys|girls|babies
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
    left|leave|leaves|leaving|sitting|sat|lying|laying|lay ~3 in ~2 own|soiled|urine|faeces|poo|excrement|filth ~1 mess|urine|faeces|poo|wee|pee|excrement|filth
    carers|carer ~4 hit|hitting|hits|slap|slapped|slapping|rough|steal|stealing|stole|neglect|neglecting|neglected ~2 her|him|them|my|mum|dad|nan|residents
    drinking|drank|drink ~1 himself|herself|themselves|myself to death
    carer|carers|son|daughter|grandson|granddaughter|nephew|niece|neighbour|lodger ~3 taking|stealing|took|stole|steals|takes|using|used|uses|helping ~3 money|cash|card|cards|pension|savings|purse|bank|benefits
    living|lives|live|left ~2 in squalor|filth
    @adultweak2 0.6 a vulnerable adult left without support
    carers|carer ~4 not|never|dont|didnt|havent|hasnt|arent|isnt|keep|keeps|missing|missed ~2 turning|turn|turned|coming|come|came|showing|show|missed|missing ~2 up|in|round|visits|calls
    lost|losing ~2 loads|lot|stones|stone|so|much ~2 weight ~6 carers|alone|neglect|neglected
    taking advantage ~1 of ~1 her|him|my|mum|dad|nan|gran|grandad
    hasnt|not|havent|isnt|nobody|noone ~2 collected|taken|picked|took ~2 post|milk|papers|bins|letters|parcels
    post|milk|papers|letters|parcels ~2 piling|piled|stacking ~1 up
    @adulthint 0.45 a person not answering or not looking after themselves
    wont|doesnt|isnt|not|never|stopped|refuses|refusing ~2 answer|answering|answered|opening|open ~2 door
    he|she|hes|shes|mum|dad|nan|gran|grandad|brother|sister|neighbour|son|daughter|friend ~2 wont|doesnt|isnt|not|never|stopped|refuses|refusing ~2 answer|answering|answered|picking ~2 phone|calls|texts|messages
    stopped|stopping ~1 eating|washing
    lives|living|live|stays on his|her|their own
    lives|living|live alone
    had|has|having|keeps ~1 a|another|several ~1 fall|falls
    wont|doesnt|never ~2 ask|accept|take|let ~1 for|any ~1 help
    @adulthint2 0.45 heavy drinking
    drinking|drinks|drank|downs|downing|necking ~3 bottle|bottles ~2 of|a|every ~2 vodka|whisky|gin|wine|cider|day|night
    @adulthint3 0.45 fear that someone will die
    worried|worry|scared|afraid|frightened|terrified|petrified|convinced ~3 he|she|hes|shes|they|theyre|hell|shell ~3 going|gonna|will|ll|might ~2 die|dying|dead|hurt|harm
    @adulthint4 0.45 family not visiting
    family|families|kids|son|sons|daughter|daughters|children|nobody|noone ~3 havent|hasnt|not|never|wont|dont|doesnt ~2 been|visit|visited|visiting|come|came|check|checked ~3 near|round|weeks|days|months|ages|since
    @adulthint5 0.45 a carer not coping
    caring|carer ~8 coping|cope|breaking|tether|snap|snapped|shouted|losing
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
    @generalhint 0.45 a request for a welfare check
    check|checking|checks on ~2 those|these|the|that|my|her|his|their ~1 kids|children|baby|nan|gran|mum|dad|neighbour|lady|man|grandad|elderly|old|little|child|kid|family|brother|sister
    look|looking|pop|popping|drop|dropping|check|checking in|round on
    @generalhint2 0.4 not knowing where to turn
    dont|dnt know who ~1 to ~1 tell|turn|talk|speak|ask
    dont|dnt know where ~1 to ~1 turn
    nobody|noone believes|believe|listens|listening ~1 me
    no one believes|believe|listens ~1 me
    dont|doesnt|dnt|wont|didnt ~1 believe me
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
    cut|cutting himself|herself ~2 shaving|cooking|chopping|finger|garden|paper|on|playing|when|with
    hurt|hurting himself|herself ~2 playing|at|running|gym|lifting|falling|fell|football|garden|on|rugby|school|trampoline
    burn|burnt|burned|burning himself|herself ~2 cooking|oven|iron|kettle|pan|tea|on|sun
    cuts|cut|scratches|scars ~6 cat|cats|dog|brambles|fence|tin|glass|knife|garden|cooking|kitchen|paper|thorns|rose|roses|operation|surgery|op
    grooming ~2 dog|dogs|parlour|salon|pet|cat|beard
    dog|dogs|pet|cat ~1 grooming|groomed|groomer
    enough ~4 kill|sink ~1 a ~1 horse|elephant|army|small
    kill|killing myself ~2 jk|joking|kidding
    """
}
