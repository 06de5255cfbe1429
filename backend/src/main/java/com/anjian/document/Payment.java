package com.anjian.document;

/** Where a fine is paid: the bank and the account a penalty decision names. */
public record Payment(String bank, String accountName, String accountNo) {
}
