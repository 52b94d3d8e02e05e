/// Known false health claims, for `MisinformationDetector`: `confidence kind pattern`. A `claim` is
/// cancelled by a negation inside it or just before it ("the MMR does not cause autism"); a `negclaim`
/// is a claim that is itself negative ("vaccines don't work"), so only a correction cancels it.
enum HealthClaims {
    static let vaccines = "vaccine*|vaccinat*|vax*|jab|jabs|jabbed|mmr|booster*|injection*|mrna|immunisation*|immunization*|shot|shots"
    static let antibiotics = "antibiotic*|amoxicillin|amoxil|penicillin|abx|anti-biotics|antibiotics"
    static let remedies = "turmeric|curcumin|apricot|apricots|laetrile|b17|alkaline|cannabis|cbd|baking|bicarbonate|garlic|juice|juicing|fasting|frankincense|soursop|graviola|enema|enemas|gerson|mistletoe|ketogenic|keto|herbs|herbal|natural|naturally|oil|oils|cinnamon|ginger|lemon|honey|vinegar|kale|supplements"
    static let medicines = "statin*|chemo*|chemotherapy|radiotherapy|medication|medications|meds|tablets|insulin|metformin|antidepressant*|\(vaccines)|\(antibiotics)"

    static let phrases = """
    0.90 claim \(vaccines) ~4 cause*|causing|caused|give*|gave|trigger*|leads|led|linked ~3 autism|autistic
    0.85 claim autism|autistic ~4 caused|from|because|after ~3 \(vaccines)
    0.70 claim link between \(vaccines) and autism
    0.85 claim \(vaccines) ~5 infertil*|sterilis*|steriliz*|miscarriage*|barren
    0.90 claim microchip*|nanochip*|nanobot*|graphene|tracker* ~5 \(vaccines)
    0.90 claim \(vaccines) ~5 microchip*|nanochip*|nanobot*|graphene|tracker*|5g
    0.85 claim \(vaccines) ~5 magnet*
    0.85 claim magnet* ~5 \(vaccines)|arm
    0.80 claim \(vaccines) ~5 shed|shedding|sheds
    0.80 claim shedding ~4 vaccinated|unvaccinated|\(vaccines)
    0.85 claim \(vaccines) ~6 alter*|change*|changes|modif*|rewrite*|edit*|damage* ~3 dna|genes|genetic*|genome
    0.80 claim dna ~1 alter*|changing|modif*|rewrit*|editing
    0.70 claim \(vaccines) ~3 gene therapy
    0.75 claim \(vaccines) injured|injury|injuries|damaged
    0.85 claim died|deaths|dying|killed|dead|death|die ~4 from|by|after|because ~2 \(vaccines)
    0.85 claim \(vaccines) ~3 killing|kills|killed|killer|murder* ~3 people|thousands|millions|more|us|everyone|kids|children|babies
    0.85 claim \(vaccines) ~3 poison|poisonous|toxic|toxins|bioweapon|bioweapons|depopulation|genocide
    0.85 claim kill|death|clot shot|jab|jabs|shots
    0.60 claim \(vaccines) ~3 experimental|untested
    0.85 claim turbo cancer|cancers
    0.60 claim died suddenly
    0.55 negclaim \(vaccines) ~3 dont|doesnt|not|never ~1 work|works|protect|help
    0.85 claim flu jab|vaccine|shot|jabs ~3 give*|gave|gives|caused|causes ~2 you|me|her|him|them|people|everyone ~1 flu
    0.85 claim covid|coronavirus|corona|pandemic ~3 hoax|fake|plandemic|scamdemic|lie|lies
    0.85 claim plandemic|scamdemic
    0.80 negclaim covid|coronavirus|corona ~3 not|doesnt|isnt|never ~1 real|exist|exists|existed
    0.80 claim covid|coronavirus|corona ~4 just|only ~2 cold|flu
    0.90 claim 5g ~6 cause*|caus*|spread*|gave|give*|behind|covid|corona*|coronavirus|virus|cancer
    0.90 claim covid|corona*|coronavirus ~5 5g
    0.75 claim homeopath*|homoeopath* ~5 instead|rather|better|replace*|replacing|alternative
    0.70 claim homeopath*|homoeopath* ~3 works|cures|cured|protects|prevents
    0.85 claim homeopathic vaccine*|vaccination*|immunisation*
    0.85 claim nosode*
    0.85 claim \(antibiotics) ~5 cure*|fix*|clear*|kill*|treat*|sort*|shift|rid|help ~4 cold|colds|flu|virus*|viral|covid|sniffles
    0.45 claim \(antibiotics) for|4 ~2 cold|colds|flu|virus
    0.65 claim cold|colds|flu|virus|viral ~4 need*|needs|requires ~1 \(antibiotics)
    0.80 claim need*|needs|needed ~1 \(antibiotics) ~4 cold|colds|flu|virus|viral
    0.90 claim drink*|drinking|take|taking|gargle*|swallow* ~2 bleach|mms|turpentine|chlorine
    0.85 claim bleach|mms|turpentine|chlorine ~4 cure*|treat*|heal*|protect*|autism
    0.90 claim miracle mineral
    0.80 claim ivermectin|hydroxychloroquine|hcq|dewormer ~6 covid|corona*|coronavirus
    0.80 claim covid|corona*|coronavirus ~6 ivermectin|hydroxychloroquine|hcq|dewormer
    0.85 claim \(remedies) ~6 cure*|cures|cured|heal*|kill*|kills|shrink*|shrank|shrunk|reverse*|beat|beats|starve*|eliminat*|destroy* ~3 cancer|cancers|tumour*|tumor*|leukaemia
    0.80 claim cancer|cancers|tumour*|tumor* ~5 cured|cure|healed|beat|beaten|reversed|shrunk|gone ~4 \(remedies)
    0.80 claim cured|cure|cures|healed|heal|beat|beaten|reversed|shrunk|shrank ~3 cancer|cancers|tumour*|tumor* ~4 \(remedies)
    0.70 claim sugar ~2 feeds|feed|fuels|fuel ~1 cancer|cancers|tumour*|tumours
    0.85 claim \(remedies) ~5 instead|rather ~1 of|than ~1 chemo*|chemotherapy|radiotherapy|statin*|insulin|vaccin*|jab*|antibiotic*|medication|meds
    0.85 claim big pharma ~6 hid*|hiding|hide|suppress*|cover*|bury|buried|hidden ~3 cure*
    0.80 claim cure* ~3 cancer ~4 hid*|hidden|suppress*|cover*|bury|buried|banned
    0.80 claim statin*|antidepressant* ~3 poison|poisonous|toxic|scam|con|racket|kill*|killing|useless|unnecessary
    0.80 claim chemo*|chemotherapy ~3 poison|poisonous|scam|racket|murder*
    0.80 claim chemo*|chemotherapy ~3 kills|killed|kill ~2 more|you|people|patients
    0.85 negclaim dont|stop|never|ditch|bin|quit ~3 statin*|chemo*|insulin|vaccin*|jab*|antidepressant*|tablets|meds|medication ~8 turmeric|natural|instead|garlic|diet|vitamin*|juice|herbal|herbs|poison|toxic|works better|cinnamon
    0.85 claim turmeric|garlic|natural|herbs|herbal|cinnamon|vitamin*|supplements|diet|juice|vinegar|homeopathy ~5 better|instead|works|replace* ~3 \(medicines)
    0.80 claim cinnamon|okra|melon|vinegar ~5 cure*|reverse* ~2 diabetes|diabetic
    0.75 claim fluorid* ~5 poison|toxic|calcif*|pineal|iq|lobotom*
    0.75 claim measles ~3 harmless|good|nothing|beneficial
    0.60 claim natural immunity ~3 better|superior|stronger
    0.70 claim masks|mask ~4 cause*|give|gives ~3 hypoxia|pneumonia|oxygen|co2|carbon
    0.75 claim suncream|sunscreen|sunblock ~4 cause*|causes|gives ~2 cancer
    0.75 claim vitamin c|d ~4 cure*|cures|cured|prevent*|prevents ~2 covid|cancer|colds|cold|flu
    0.70 claim chemtrail*
    """

    /// Words that mark a sentence as correcting a claim, not making it.
    static let corrections = """
    myth
    myths
    debunk*
    disprov*
    misinformation
    misinfo
    untrue
    falsehood*
    discredited
    no evidence
    no link
    no truth
    not true
    isnt true
    is false
    struck off
    conspiracy theor*
    dont believe
    do not believe
    dont listen
    dont fall for
    scaremongering
    fake news about
    """
}
