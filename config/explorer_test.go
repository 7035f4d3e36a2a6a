package config

import "testing"

func TestExplorerTable(t *testing.T) {
	src := "account = \"a\"\n[explorer]\nurl = \"https://scan.example/{kind}/{value}\"\nproposal = \"https://gov.example/p/{value}\"\n"
	c, err := Parse("c.toml", []byte(src), env())
	if err != nil {
		t.Fatal(err)
	}
	if c.Explorer.URL != "https://scan.example/{kind}/{value}" || c.Explorer.Kinds["proposal"] != "https://gov.example/p/{value}" || len(c.Explorer.Kinds) != 1 {
		t.Fatalf("explorer %+v", c.Explorer)
	}
	for _, tc := range []struct {
		body, key string
	}{
		{"url = \"ftp://x/{value}\"", "explorer.url"},
		{"url = \"https://x/{kind}\"", "explorer.url"},
		{"tx = 5", "explorer.tx"},
		{"adress = \"https://x/{value}\"", "explorer.adress"},
	} {
		_, err := Parse("c.toml", []byte("account = \"a\"\n[explorer]\n"+tc.body+"\n"), env())
		checkErrs(t, err, "c.toml", []wantErr{{3, tc.key, ""}})
	}
	if _, err := Parse("c.toml", []byte("explorer = \"https://x/{value}\"\n"), env()); err == nil {
		t.Fatal("explorer as a string was accepted")
	}
}
