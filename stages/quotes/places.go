package quotes

import "strings"

// Places often named in news: a capitalised name made only of these words
// is a place, which never speaks for "he" or "she". Multi-word places are
// matched word by word ("New York", "South Korea").
var placeWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`afghanistan albania algeria angola argentina armenia australia
		austria azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria burkina
		faso cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czech denmark
		ecuador egypt eritrea estonia ethiopia finland france gabon gaza georgia germany ghana greece
		guatemala guinea haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
		jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon liberia
		libya lithuania luxembourg madagascar malawi malaysia mali malta mexico moldova mongolia
		montenegro morocco mozambique myanmar namibia nepal netherlands zealand nicaragua niger nigeria
		norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania
		russia rwanda senegal serbia singapore slovakia slovenia somalia sudan spain lanka sweden
		switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan uganda
		ukraine emirates uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe korea arabia
		africa america asia europe antarctica britain england scotland wales
		alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
		illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
		mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio
		oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming
		moscow kyiv kiev beijing shanghai tokyo seoul london paris berlin rome madrid brussels geneva
		vienna warsaw prague budapest athens istanbul ankara tehran baghdad damascus beirut jerusalem
		cairo riyadh dubai doha kabul islamabad delhi mumbai karachi dhaka bangkok jakarta manila hanoi
		sydney melbourne toronto montreal ottawa vancouver chicago houston angeles francisco boston
		seattle miami atlanta dallas denver detroit philadelphia phoenix washington brooklyn manhattan
		odesa kharkiv gaza tel aviv hong kong lagos nairobi johannesburg havana caracas bogota lima
		santiago aires sao paulo rio janeiro taipei pyongyang minsk tbilisi baku yerevan
		new north south east west central united states kingdom republic city saint st. san los las
		gulf sea ocean river strait bay valley island islands peninsula coast province region`) {
		placeWords[w] = true
	}
}

// isPlace: every word of the name is a place word, and one is not a mere
// direction ("North", "New").
func (d *doc) isPlace(first, last int32) bool {
	strong := false
	for k := first; k <= last; k++ {
		if !d.in(k, lPlace) {
			return false
		}
		// The weak words run from 3 to 7 letters: no key is built for
		// the others.
		if l := d.toks[k].e - d.toks[k].s; l < 3 || l > 7 {
			strong = true
			continue
		}
		switch string(d.wordKey(k)) {
		case "new", "north", "south", "east", "west", "central", "saint", "st.", "san", "los", "las":
		default:
			strong = true
		}
	}
	return strong
}
