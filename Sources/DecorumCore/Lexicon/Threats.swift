/// Threats and intimidation, for `AbusiveDetector`: `confidence reason pattern`. The reason `violence` or
/// `wish` is dropped when a negation stands inside the match ("I wouldn't hurt you"); `threat` never is.
enum Threats {
    /// Verbs of violence against a person.
    static let violence = "kill|murder|stab|strangle|throttle|shoot|batter|punch|smack|slap|deck|lamp|headbutt|knife|glass|beat|kick|thump|whack|twat|leather|bottle|chin|hurt|attack|hit|hang|smash|knock|brain|floor|shank|bash|choke|belt"
    /// People a threat can be aimed at, after "the", "that".
    static let people = "receptionist*|doctor*|dr|doc|nurse*|manager*|woman|man|lady|bloke|girl|staff|bitch|cow|cunt|idiot*|moron*|gp|gps|pharmacist*|witch|twat|prick|bastard|slag|locum"
    static let pronouns = "you|u|ya|yous|youse|her|him|them|em|someone|somebody|everyone|everybody"

    static let phrases = """
    0.92 threat i|ill|i'll|we|well|we'll|im|i'm ~3 waiting|wait for ~1 you|her|him|them|ya|u ~4 car|carpark|outside|finish*|clock*|shift|dark
    0.92 threat waiting|wait outside for you|her|him|them|ya|u
    0.92 threat i|we|ive|weve know|found|find [out] where you|she|he|they|u|ya ~1 live*|stay*|park*
    0.90 threat watch|mind your|ur|yer back
    0.88 threat better|best watch your|ur|yer back|step
    0.85 threat better|best watch yourself|urself
    0.86 threat someone|somebody|someones|somebodys|people ~3 get|gets|getting ~1 hurt|killed|stabbed|battered|smacked|punched|slapped|glassed
    0.92 violence i|ill|im|we|well|id|ima|imma|gonna ~3 \(violence) \(pronouns)
    0.92 violence i|ill|im|we|well|id|ima|imma|gonna ~3 \(violence) the|that|this|those|your|ur ~1 \(people)
    0.92 violence i|ill|im|we|well|id|ima|imma|gonna ~3 \(violence)|cave|kick your|ur|yer|her|his|their ~1 face|head|heads|teeth|lights|block|skull|brains|legs|kneecaps
    0.90 violence someone|somebody ~2 should|needs|ought|wants|want|going ~2 \(violence) you|her|him|them|that|those ~1 \(people)
    0.90 violence someone|somebody ~2 should|needs|ought|wants|want|going ~2 \(violence) you|her|him|them
    0.88 threat kick|kicking ~2 her|his|your|ur|their|yer|the ~1 head|heads|teeth|face
    0.88 threat punch|smack|slap|lamp|deck|batter|headbutt|knock ~1 you|her|him|them|that|the ~1 \(people) ~1 in the face|mouth|teeth|head
    0.88 threat punch|smack|slap|lamp|deck|batter|headbutt|knock you|her|him|them ~2 in the face|mouth|teeth|gob|head
    0.90 threat i|ill|im|we|well|gonna|going|will ~3 smash|wreck|trash|torch|burn|firebomb ~2 place|surgery|building|practice|reception|office|windows|window|car|cars|desk
    0.88 threat smash|wreck|trash|torch the|this|that|your|ur place|surgery|building|practice|reception|office|windows|desk|car up
    0.88 threat smash|wreck|trash up the|this|that|your|ur place|surgery|building|practice|reception|office
    0.88 threat burn|torch|firebomb it|the|this|that|your|ur ~2 down|ground
    0.90 threat blow|bomb up the|this|that|your|ur place|surgery|building|practice
    0.90 threat blow|bomb the|this|that|your|ur place|surgery|building|practice ~1 up
    0.90 threat petrol|fire|brick|bricks|rock|firework ~2 through ~2 letterbox|door|window|windows
    0.85 violence i|ive|im|ill|got|bring|bringing|carry|carrying|brought ~2 knife|knives|blade|gun|guns|machete|shotgun|crossbow
    0.86 violence deserve|deserves|deserved ~2 slap|slapping|punch|punching|smack|kicking|beating|hiding|shot|shooting|die|death|hung|hanged|battered|stabbed|killing
    0.86 violence should|needs|need|ought ~1 be|to [be] shot|hung|hanged|strung|stabbed|burnt|burned|lynched|beaten|battered
    0.90 wish hope|hoping ~1 you|she|he|they|u|ya|her|him|them ~2 die|dies|rot|rots|burn|burns|cancer|choke|chokes|suffer|suffers|drop|crash|crashes
    0.86 threat youre|ure dead
    0.86 threat you|u are|r dead
    0.86 threat dead meat
    0.85 violence youll|you|u|shell|theyll|hell ~1 regret|rue it|this|that
    0.85 violence youll|you|u|shell|theyll|hell ~1 regret|rue the day
    0.85 threat youll|shell|theyll pay for this
    0.85 threat you|she|he|they will pay for this
    0.85 violence youll|you|u|shell|theyll ~1 be sorry
    0.88 threat make ~1 you|her|him|them|ur|your|their ~1 life|lives ~1 hell|misery|miserable
    0.88 threat make you|her|him|them pay|suffer|regret
    0.88 threat get|got my hands on ~2 you|her|him|them|that|those|whoever
    0.88 threat wont|not|cant|cannot ~2 responsible for my|his|her|our actions
    0.86 threat wont|not|cant|cannot ~2 responsible for what happens|i|ill
    0.85 threat slash|let|do ~2 tyres|tires
    0.85 threat key|scratch your|ur|her|his|their car
    0.88 threat come|coming ~3 and sort|drag|batter|punch|slap|kick|deck|smack|twat|thump|knock|sort you|u|her|him|them|everyone|someone|ya
    0.86 threat drag ~1 her|him|you|them|u ~3 desk|counter|hair|screen
    0.88 threat put ~1 you|ya|u in ~1 hospital|wheelchair|ground|box|coffin
    0.85 violence i|ill|im|gonna ~2 end|finish you|ya|u
    0.85 threat coming for|after you|u|ya
    0.85 threat coming after her|him|them
    0.88 threat wont|not|never ~1 see it coming
    0.88 threat wont|not|never ~1 know what hit
    0.88 threat next time ~3 someone|somebody|you|she|he ~2 get|gets|be ~1 hurt|sorry
    0.90 threat shoot|shooting up the|this|that place|surgery|building
    """
}
