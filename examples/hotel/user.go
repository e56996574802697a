package hotel

import (
	"errors"
	"strconv"
)

// Users is the number of users of the data set.
const Users = 500

// UserPassword is the password of every user of the data set.
const UserPassword = "random_password"

// UserName is the name of user i: "TUDelft_{i}".
func UserName(i int) string { return "TUDelft_" + strconv.Itoa(i) }

// User is a registered customer.
//
//stateflow:entity
type User struct {
	Username string
	Password string
}

// NewUser registers a user.
func NewUser(username, password string) (*User, error) {
	if username == "" {
		return nil, errors.New("a user needs a name")
	}
	return &User{Username: username, Password: password}, nil
}

// Key returns the user name.
func (u *User) Key() string { return u.Username }

// CheckUser reports whether password is the user's password.
//
//stateflow:readonly
func (u *User) CheckUser(password string) bool { return u.Password == password }
