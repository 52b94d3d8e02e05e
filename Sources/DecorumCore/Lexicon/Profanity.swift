/// Swear words, insults and slurs, for `AbusiveDetector`.
enum Profanity {
    /// One line a family: `tier kind form…`.
    /// - tier: `strong` (obscene whoever hears it), `medium`, `mild` (everyday swearing), `slur` (identity hate);
    /// - kind: `expletive` (a swear word), `person` (a noun that insults a person), `ambiguous` (a word with an
    ///   innocent sense too — "cow", "prick", "fag" — that counts only when aimed at someone);
    /// - form: a word; `stem*` also matches longer words starting with the stem; `=word` is a word whose
    ///   doubled letters tell it from a common word ("ass" against "as") and must be written with them.
    /// Earlier lines win when a masked spelling ("s***") fits several words.
    static let words = """
    strong expletive fuck* fucking fucked fucker fuckers fuckin fucks fuckoff fuckwit motherfuck* motherfucker mofo clusterfuck absofuckinglutely
    strong expletive fck* fcking fcked fk fkn fking fkin fuk fuks fukin fuking fukked fuckface phuck* phuk* fook fookin fooking fooked fcuk* effing
    strong person cunt* cunts kunt* cunty
    strong person twat* twats twatted wank* wanker wankers wanking wankstain cocksucker* cocksucka
    strong expletive stfu gtfo wtf omfg =ffs
    slur person =nigger =niggers nigga niggas niggaz nignog paki pakis wog wogs golliwog* gollywog* =coon =coons gook gooks spic spics kike kikes raghead* towelhead* darkie darkies darky sambo jigaboo wetback* gyppo gyppos gypo gypos pikey pikeys polack polacks muzzie muzzies muzrat* yid yids
    slur person poof poofs poofter* tranny trannies shemale* lezza lesbo lesbos
    slur person retard retards retarded spaz spazz spacker spackers mong mongs mongo mongoloid*
    slur ambiguous fag fags faggot faggots chink chinks dyke dykes bender benders spastic spastics cripple cripples
    medium expletive shit shits shite shitty shitting shitted shithouse shitshow shitstorm bullshit bullshite horseshit apeshit batshit shyte
    medium person shithead* shitbag* shitehawk
    medium expletive =piss pissing pisser pisstake pissy bollocks bollox bollocking
    medium person bastard* bastards bitch* bitches bitchy bitching sonofabitch
    medium person dickhead* dickwad dicksplash knobhead* knobend bellend* tosser* arsehole* asshole* dumbass dumbasses jackass smartass
    medium person slag slags slapper* slut* sluts whore* skank* scumbag* scum nonce nonces paedo paedos pedo pedos nobhead
    medium ambiguous prick pricks dick dicks knob knobs cock cocks tits tit =ass
    mild expletive bloody bleeding bleedin bloomin feck fecking frigging friggin frigging sodding damn damned dammit damnit goddamn goddamned hell crap crappy crapping crapper arse arsed arsey arsy bugger buggered buggering pissed pisshead
    mild person idiot idiots idiotic moron morons moronic cretin cretins imbecile imbeciles halfwit* nitwit* dimwit* numpty numpties muppet muppets pillock pillocks plonker plonkers prat prats twit twits dipstick dipsticks dunce buffoon* jobsworth jobsworths wazzock wazzocks numbskull* nincompoop* simpleton* dunderhead* thicko thickos divvy divvies loser losers weirdo weirdos psycho psychos nutter nutters nutjob* lunatic lunatics minger* scrounger* lowlife lowlifes cockwomble* gobshite* bint
    mild ambiguous cow cows pig pigs witch witches dragon dragons clown clowns snake snakes rat rats tart tarts donkey donkeys plank planks hag hags harpy harpies battleaxe mare sow vermin parasite parasites leech leeches troll trolls animal animals
    """

    /// Words that, just before an insult, show it is meant for someone ("useless cow", "incompetent bitch").
    static let insultAdjectives = """
    stupid silly useless incompetent lazy fat ugly thick dumb miserable nasty vile horrible rude arrogant ignorant
    snotty smug pathetic brainless clueless moody grumpy evil mardy gobby dozy dopey daft idle spiteful stroppy
    bolshy sarky condescending patronising patronizing horrid vicious ignorant sour faced cheeky bossy pompous obnoxious
    fucking effing bloody sodding bleeding flaming
    """

    /// Words that make an insult for a person emphatic ("a complete moron"); with a word that has an
    /// innocent sense too they prove nothing ("a right pig with his food").
    static let intensifiers = """
    absolute complete total utter right proper little old massive
    """

    /// Words that point an insult or a swear word at a person: second person, staff, pronouns.
    static let targets = """
    you u ya yah ye yer your ur youre yous youse yall y'all thou
    she he her him they them shes hes theyre
    woman women lady ladies man men bloke blokes guy guys girl girls lad lads fella fellas
    staff receptionist receptionists reception doctor doctors dr doc docs gp gps nurse nurses manager managers admin
    pharmacist pharmacists clinician clinicians locum locums secretary secretaries partner partners hca paramedic physio
    """

    /// Words that show an insult is about the writer ("I felt like an idiot", "made me look a fool").
    static let selfWords = """
    i im i'm ive i've id i'd me myself my feel felt feeling like look looked
    """

    /// Insulting and obscene phrases aimed at someone: `confidence reason pattern`.
    static let phrases = """
    0.90 insult fuck|fuk|fck|f|eff|effing off
    0.80 insult sod|piss|bugger|naff|jog off
    0.92 insult fuck|fuk|fck|screw you|u|ya|yous|them|her|him|off
    0.80 insult sod|damn you|u|ya|yous|them|her|him
    0.80 insult up yours|urs
    0.82 insult kiss my arse|ass
    0.88 insult stick|shove it|them|that ~2 up your|ur|yer arse|ass|backside|jacksie
    0.85 insult get fucked|stuffed
    0.78 insult go to hell
    0.90 insult go and|n die
    0.80 insult shut your|ur|yer mouth|gob|face|trap|cakehole|pie
    0.80 insult waste of space|oxygen|skin|air
    0.85 insult piece of shit|crap|work|garbage|trash|filth|dirt
    0.75 insult brain dead
    0.75 insult two|2|one|1 brain cell|cells
    0.82 insult thick as ~2 mince|shit|planks|pigshit
    0.78 insult get a brain
    0.80 insult jumped up little ~1 hitler|madam|jobsworth|cow|shit|man|woman|girl|prat
    0.78 insult little hitler|hitlers
    0.82 insult old|silly|stupid|miserable|ugly|fat|moody|grumpy|nasty|useless|lazy|dozy|mardy|sour|bitter bag|bags|trout|boot|bat|bint|biddy|crow|hag|mare|moo|bitch|slag|witch|cow|cows|dragon|battleaxe|hags
    0.80 insult face like a|an ~2 smacked|slapped|bulldog|pig|horse|arse|ass
    0.78 insult gob|mouth on her|him|that
    """
}
