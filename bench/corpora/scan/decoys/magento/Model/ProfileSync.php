<?php
declare(strict_types=1);

namespace Acme\Telehealth\Model;

use Magento\Customer\Model\Session;
use Magento\Framework\App\ResourceConnection;
use Magento\Framework\HTTP\Client\Curl;

/**
 * Decoy: reads the customer's profile, stores it locally and sends a copy to the shop's own phigate gateway.
 * // $this->curl->post('https://api.openai.com/v1/chat/completions', json_encode($row));
 */
class ProfileSync
{
    private const GATEWAY = 'http://127.0.0.1:8080/v1/chat/completions';

    public function __construct(
        private readonly Session $session,
        private readonly ResourceConnection $db,
        private readonly Curl $curl
    ) {
    }

    public function sync(): void
    {
        $customer = $this->session->getCustomer();
        $row = [
            'email' => $customer->getEmail(),
            'dob' => $customer->getDob(),
            'phone' => $customer->getDefaultBillingAddress()?->getTelephone(),
        ];
        $this->db->getConnection()->insertOnDuplicate('acme_profile', $row);
        $this->curl->post(self::GATEWAY, json_encode(['messages' => [['role' => 'user', 'content' => $row['email']]]]));
        // curl_setopt($ch, CURLOPT_URL, 'https://api.anthropic.com/v1/messages');
    }
}
