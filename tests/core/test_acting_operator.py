from crm_desktop.core import acting_operator


def test_the_signed_in_operator_is_the_actor_and_signing_out_falls_back_to_the_login() -> None:
    acting_operator.sign_in_as("张敏")
    try:
        assert acting_operator.current_actor() == "张敏"
        assert acting_operator.signed_in_operator() == "张敏"
    finally:
        acting_operator.sign_in_as(None)
    assert acting_operator.signed_in_operator() is None
    assert acting_operator.current_actor() not in ("", "张敏")
