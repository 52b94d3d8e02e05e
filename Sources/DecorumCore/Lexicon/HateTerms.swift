/// Hateful statements about race, religion, nationality, disability, sexuality or gender, for
/// `AbusiveDetector`: `confidence reason pattern`. Slurs themselves are in `Profanity.words`.
enum HateTerms {
    /// Groups people talk about with hate.
    static let groups = "foreigners|foreigner|immigrants|immigrant|migrants|migrant|refugees|asylum|illegals|poles|romanians|muslims|muslim|pakis|paki|africans|blacks|indians|asians|jews|gypsies|gippos|pikeys|gays|lesbians|homosexuals|queers|trannies|transgenders|europeans|albanians|arabs|somalians|nigerians|eritreans"
    static let groupCount = "foreigners|immigrants|migrants|refugees|asylum|illegals|poles|romanians|muslims|pakis|africans|blacks|indians|asians|jews|gypsies|pikeys|gays|lesbians|homosexuals|queers|trannies|europeans|albanians|arabs|somalians|nigerians|eritreans"

    static let phrases = """
    0.92 hate back to your|ur|yer|their own country|countries|kind
    0.90 hate go|get|send|ship|sent|piss|fuck|bugger|sod|em|them ~2 back to|where ~3 country|countries|jungle|homeland|africa|pakistan|poland|romania|india|bongo|cave
    0.90 hate back|home where ~1 you|they|she|he|u|ya|em|them ~1 came|come|belong
    0.90 hate back to where ~1 you|they|she|he|u|ya|em|them ~1 came|come|belong
    0.88 hate \(groups) ~4 taking|take|taken|took|stealing|steal|stole|nicking|nick|hogging|clogging|bleeding|draining|ruining|scrounging|swamping|flooding ~3 our|all
    0.85 hate \(groups) ~4 get|getting|gets|got|take|taking|takes ~1 all|our|every ~2 appointments|houses|jobs|benefits|homes|beds|money|treatment|nhs|gp|doctors|slots|priority|first
    0.82 hate too many ~1 \(groupCount)
    0.85 hate full of \(groupCount)
    0.85 hate overrun|swamped|flooded|infested ~2 \(groupCount)
    0.85 hate bloody|fucking|dirty|filthy|stinking|scrounging|effing|sodding \(groupCount)
    0.90 hate \(groups) ~2 are|r|all|is ~3 terrorists|scroungers|criminals|rapists|animals|vermin|scum|parasites|dirty|thieves|filth|filthy|disgusting|disease|cockroaches|savages|inbred|paedos|paedophiles|groomers|leeches|subhuman|breeding
    0.90 hate \(groups) ~3 should|need|needs|ought|must ~2 gassed|deported|shot|exterminated|sterilised|sterilized|wiped|kicked|thrown|banned|burned|burnt|hanged|hung
    0.85 hate deport them|em|all|every*
    0.85 hate deport the lot
    0.86 hate gays|homosexuals|homosexuality|lesbians|transgenders|transsexuals|trannies|queers ~3 sick|disgusting|unnatural|perverts|perverted|pervs|groomers|paedos|abomination|freaks|disease|mentally|sin|sinful|vile
    0.86 hate being gay|lesbian|trans|transgender ~3 choice|wrong|cured|cure|illness
    0.86 hate women|woman|female|females|girls|ladies ~2 shouldnt|cant|cannot|never|not ~2 be ~1 doctors|doctor|gps|gp|surgeons|allowed|working
    0.85 hate get|go back in|to the kitchen
    0.80 hate want|wanted|demand|demanded|asked|insist* ~3 white|christian ~1 doctor|gp|nurse|receptionist|staff|person
    0.45 hate cant|couldnt|doesnt|dont|didnt ~2 even speak english
    0.88 hate muslim|muslims|islam ~3 terrorist*|bomber*|bombers|jihad*|extremist*
    0.86 hate islam ~2 evil|cancer|hate|terror|violence|death|disease
    0.86 hate religion of hate|terror|violence|death
    0.88 hate jews|jew ~4 control|controls|run|runs|own|owns ~2 media|banks|world|government|everything|money|nhs
    0.88 hate jews|jew ~3 greedy|rats|vermin|parasites
    0.86 hate disabled|spastics|retards|cripples ~4 scroungers|scrounging|fakers|burden|burdens|parasites
    0.85 hate window licker|lickers
    0.85 hate special needs|brain damaged ~1 idiot|idiots|moron|morons|freak|freaks|reject|rejects
    0.85 hate batty boy|boys|man|men
    0.85 hate nig nog|nogs
    0.85 hate jungle bunny|bunnies
    0.85 hate sand nigger|niggers|nigga
    """
}
