package hotel

// Address is a hotel's postal address and location.
type Address struct {
	StreetNumber string
	StreetName   string
	City         string
	State        string
	Country      string
	PostalCode   string
	Lat          float64
	Lon          float64
}

// HotelProfile describes a hotel.
type HotelProfile struct {
	ID          string
	Name        string
	PhoneNumber string
	Description string
	Address     Address
}

// Profile is a replica of the profile service: the profiles of all hotels.
//
//stateflow:entity
type Profile struct {
	ID     string
	Hotels map[string]HotelProfile
}

// NewProfile builds a profile replica holding hotels 1..80. Hotels 7..80
// copy hotel 6's name, description and address with their own phone number
// and location.
func NewProfile(id string) *Profile {
	p := &Profile{ID: id, Hotels: make(map[string]HotelProfile, Hotels)}
	for i := 1; i <= Hotels; i++ {
		h := seedHotels[min(i, len(seedHotels))-1]
		if i > len(seedHotels) {
			h.phone = "(415) 284-40" + hotelID(i)
		}
		lat, lon := hotelPoint(i)
		number, street, _ := cutStreet(h.street)
		p.Hotels[hotelID(i)] = HotelProfile{
			ID:          hotelID(i),
			Name:        h.name,
			PhoneNumber: h.phone,
			Description: description(h),
			Address: Address{StreetNumber: number, StreetName: street, City: "San Francisco", State: "CA",
				Country: "United States", PostalCode: h.postal, Lat: lat, Lon: lon},
		}
	}
	return p
}

// cutStreet splits "495 Geary St" into "495" and "Geary St".
func cutStreet(s string) (number, street string, ok bool) {
	for i := range len(s) {
		if s[i] == ' ' {
			return s[:i], s[i+1:], true
		}
	}
	return "", s, false
}

// Key returns the replica's key.
func (p *Profile) Key() string { return p.ID }

// GetProfiles returns the profiles of the given hotels, in the order of the
// ids; unknown ids are skipped.
//
//stateflow:readonly
func (p *Profile) GetProfiles(hotelIDs []string) []HotelProfile {
	profiles := []HotelProfile{}
	for _, id := range hotelIDs {
		if h, ok := p.Hotels[id]; ok {
			profiles = append(profiles, h)
		}
	}
	return profiles
}
