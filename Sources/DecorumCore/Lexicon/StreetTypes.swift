/// The words that end a UK street name ("Station Road", "Meadow Close"), one a line. A line ending in
/// ` ?` is also an everyday word ("close", "walk", "view", "green"), so a street needs capitals or a cue.
enum StreetTypes {
    static let source = """
    road
    rd
    street
    str
    st ?
    lane
    ln
    avenue
    ave
    av ?
    close ?
    cl ?
    drive
    drv
    way ?
    crescent
    cres
    grove ?
    court ?
    ct ?
    gardens
    gdns
    place ?
    pl ?
    terrace
    terr
    tce
    walk ?
    view ?
    rise ?
    hill ?
    green ?
    square ?
    sq ?
    row ?
    mews
    gate ?
    parade ?
    boulevard
    vale ?
    croft ?
    chase ?
    park ?
    approach ?
    circus ?
    hollow ?
    yard ?
    wharf ?
    wynd
    meadows ?
    fields ?
    end ?
    """

    /// Keys of every street type, true for the everyday words.
    static let all: [String: Bool] = {
        var types = [String: Bool]()
        for line in source.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard let word = parts.first else { continue }
            types[Tokenizer.key(String(word))] = parts.count > 1
        }
        return types
    }()
}
