package dates

import (
	"slices"
	"testing"
)

func TestYears(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"held on January 18, 2018 in New York", []int{2018}},
		{"2018 жылғы 5 наурызда", []int{2018}},
		{"2018 жылғы бюджет", []int{2018}},
		{"Совещание в 2017 году", []int{2017}},
		{"По итогам 2017 года", []int{2017}},
		{"в январе 2018 года", []int{2018}},
		{"Приказ от 02.02.2018", []int{2018}},
		{"published 2018-02-02", []int{2018}},
		{"It grew in 2017 and since 2015.", []int{2015, 2017}},
		{"between 2015 and 2017", []int{2015, 2017}},
		{"2018 and 2019", nil},
		{"a terrorism-free world by 2045", nil},
		{"until 2030", nil},
		{"by the end of 2030", nil},
		{"до 2030 года", nil},
		{"к 2030 году", nil},
		{"до конца 2030 года", nil},
		{"2030 жылға дейін", nil},
		{"2050 жылға қарай", nil},
		{"The plant will be built in 2025.", nil},
		{"Завод планируется построить в 2025 году.", nil},
		{"The strategy for 2018–2030 was adopted in 2018.", []int{2018}},
		{"The 2016-2017 season ended in 2018.", []int{2016, 2017, 2018}},
		{"с 2018 по 2030 год", []int{2018}},
		{"2018 people attended; 1999 tenge", nil},
		{"Strategy Kazakhstan-2050", nil},
		{"(S/PRST/2018/1)", nil},
		{"version 2.0.18", nil},
		{"record 1517562060", nil},
		{"in 1517", nil},
		{"The 2018 budget; in 2019. It will grow in 2030.", []int{2019}},
	} {
		if got := Years(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Years(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestYearsSample(t *testing.T) {
	got := Years(readSample(t))
	if slices.Contains(got, 2045) {
		t.Errorf("Years(sample) = %v, contains the target year 2045", got)
	}
	for _, y := range got {
		if y != 2018 {
			t.Errorf("Years(sample) = %v: %d is no year of writing", got, y)
		}
	}
}
