/// Words around photos, videos and recordings, for `MediaDetector`. Tags: `photoact` and `recact` are
/// talk of taking a photo or making a recording, strong on their own; `photoscene` and `recscene` say
/// what an attachment shows; `photoneg` and `recneg` say it is harmless (a leaflet, my own memo).
/// Each space-separated slot of a pattern is one word.
enum MediaPhrases {
    static let cues = """
    @photoact 0.85 talk of photographing staff or patients
    took|taken|taking|take|snapped|snap|grabbed|got|get|getting|have|posted|posting|post|sharing|share ~2 pic|pics|photo|photos|picture|pictures|video|videos|snap|snaps|footage|selfie|screenshot ~1 of ~3 receptionist|receptionists|reception|staff|nurse|nurses|doctor|doctors|dr|gp|desk|queue|waiting|patients|people|everyone|lady|woman|man|bloke|girl|her|him|them|manager|inside|surgery
    photographed|filmed|filming|film|videoed|videoing ~3 receptionist|receptionists|reception|staff|nurse|nurses|doctor|doctors|dr|gp|desk|queue|waiting|patients|people|everyone|lady|woman|man|her|him|them|manager|inside
    got|caught|have|filmed ~2 her|him|them|it|everything|this|receptionist|staff|doctor|nurse ~1 on ~1 camera|video|film|cctv|phone|tape
    going|gonna|will|ill ~3 film|filming|photograph|video ~2 them|her|him|next|everything|it|reception|staff|receptionist
    @photoscene 0.85 a picture of the surgery, its patients or staff
    look at the state of
    this|that is|s the ~1 receptionist|receptionists|nurse|doctor|gp|manager|woman|man|lady|one
    this|here|heres|thats|theres ~2 receptionist|receptionists|queue|waiting|reception|patients|staff|nurse|doctor|desk|lady|woman|man|bloke|culprit
    waiting room|area
    packed|rammed|full ~3 waiting|reception|surgery|in|here
    queue|queues|que ~3 outside|door|reception|desk|today|morning|this|at
    reception|receptionist|receptionists|staff|patients|nurse|doctor|gp|surgery|practice|desk|queue|inside
    @photoneg 0 not a picture of anyone
    leaflet|leaflets|poster|posters|sign|notice|sunset|sunrise|rainbow|view|flowers|garden|dog|cat|cake|card|letter|screenshot|newsletter|map|timetable|menu|rota|parking
    your post|poster|leaflet|newsletter
    @recact 0.85 talk of recording a consultation or call
    recorded|recording|taped|taping|filmed|filming ~4 appointment|appointments|consultation|consultations|call|calls|conversation|conversations|doctor|dr|gp|nurse|receptionist|everything|whole|telephone|triage
    record|tape|film the|my|our|every|all|each|this ~1 appointment|appointments|consultation|consultations|call|calls|conversation|conversations|doctor|gp|triage
    got ~4 consultation|appointment|call|conversation|everything|whole ~4 on ~1 my ~1 phone|tape|recording|record|recorder|dictaphone
    post|share|upload|put|release|publish|posting|sharing|uploading|releasing|play ~3 recording|recordings|tape|audio|voicenote|clip
    secretly|covertly|secret|hidden ~1 recorded|recording|record|recordings|tape|taped|camera|filmed
    recording|recordings|tape|audio ~2 of ~3 consultation|appointment|call|conversation|doctor|dr|gp|nurse|receptionist|triage
    i|we|ive|weve|have|had|got|its|it's|all ~3 on ~1 tape|recording
    @recscene 0.85 a recording of a consultation or call
    consultation|appointment|call|conversation|triage|doctor|dr|gp|nurse|receptionist|listen|hear|said|says|saying|told|proof|evidence|exactly
    @recneg 0 not a recording of a consultation
    voice memo|note ~3 own|my|myself|reminder|remember|list|shopping
    own ~2 medication|list|notes|reminder
    remember|reminder|song|music|podcast|singing|lullaby|baby|bird|birds|dog
    """

    static let veto = """
    @veto 0 not a recording or a photograph
    recorded delivery|post|letter
    record|records|recorded numbers|number|breaking|high|low|attendance|turnout|uptake|time
    medical|health|patient|gp|your|my|our ~1 record|records
    on|off [the] record
    calls|call ~3 may|will|are|be ~1 recorded|monitored
    for training purposes
    of|the|this leaflet|poster|sign|notice|newsletter|post
    photo|picture|photos ~1 id|identification
    photo of my ~1 rash|mole|leg|arm|skin|face|foot|hand|eye|wound|prescription|letter|medication
    """
}
